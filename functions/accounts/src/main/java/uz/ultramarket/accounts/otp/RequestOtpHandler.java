package uz.ultramarket.accounts.otp;

import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code POST /api/auth/otp} {@code {"phone","purpose"}}: 202 once a code is on its way by SMS; the same answer for every phone. */
public final class RequestOtpHandler extends HttpFunction {
    private final OtpSender otp;

    public RequestOtpHandler() { this(DaggerRequestOtpComponent.create().otpSender()); }

    public RequestOtpHandler(OtpSender otp) {
        super(4 * 1024);
        this.otp = otp;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var body = JsonFields.of(request, "phone", "purpose");
        var phone = body.phone("phone", true);
        var purpose = body.choice("purpose", true, OtpPurpose::of, "register or login");
        body.validate();
        return HttpResponse.json(202, otp.send(phone.orElseThrow(), purpose.orElseThrow(), request.language(), request.sourceIp()));
    }
}
