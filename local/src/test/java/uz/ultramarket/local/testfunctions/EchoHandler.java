package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers with the event fields it got, as JSON. {@code x-echo-binary} asks for a base64-encoded binary answer,
 * {@code x-echo-cookies} for cookies and a multi-value header.
 */
public final class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    public static final byte[] BINARY = {0, 1, 2, (byte) 0xFF};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        var headers = event.getHeaders();
        if (headers.containsKey("x-echo-binary")) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/octet-stream"))
                    .withBody(Base64.getEncoder().encodeToString(BINARY)).withIsBase64Encoded(true).build();
        }
        var http = event.getRequestContext().getHttp();
        var echo = new LinkedHashMap<String, Object>();
        echo.put("function", context.getFunctionName());
        echo.put("awsRequestId", context.getAwsRequestId());
        echo.put("remainingMillis", context.getRemainingTimeInMillis());
        echo.put("memory", context.getMemoryLimitInMB());
        echo.put("version", event.getVersion());
        echo.put("routeKey", event.getRouteKey());
        echo.put("contextRouteKey", event.getRequestContext().getRouteKey());
        echo.put("rawPath", event.getRawPath());
        echo.put("rawQueryString", event.getRawQueryString());
        echo.put("queryStringParameters", event.getQueryStringParameters());
        echo.put("pathParameters", event.getPathParameters());
        echo.put("headers", headers);
        echo.put("cookies", event.getCookies());
        echo.put("body", event.getBody());
        echo.put("isBase64Encoded", event.getIsBase64Encoded());
        echo.put("method", http.getMethod());
        echo.put("path", http.getPath());
        echo.put("protocol", http.getProtocol());
        echo.put("sourceIp", http.getSourceIp());
        echo.put("userAgent", http.getUserAgent());
        echo.put("requestId", event.getRequestContext().getRequestId());
        echo.put("stage", event.getRequestContext().getStage());
        echo.put("domainName", event.getRequestContext().getDomainName());
        echo.put("time", event.getRequestContext().getTime());
        echo.put("timeEpoch", event.getRequestContext().getTimeEpoch());
        echo.put("tableProperty", System.getProperty("TABLE_ITEMS"));
        var response = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(json(echo));
        if (headers.containsKey("x-echo-cookies")) {
            response.withCookies(List.of("session=abc; Path=/; HttpOnly", "theme=dark"))
                    .withMultiValueHeaders(Map.of("X-Multi", List.of("one", "two")));
        }
        return response.build();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
