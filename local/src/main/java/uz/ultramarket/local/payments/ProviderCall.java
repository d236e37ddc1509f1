package uz.ultramarket.local.payments;

import java.time.Instant;

/**
 * One request a payment sandbox sent to the shop's endpoint, as a provider's own log would keep it — never the
 * {@code Authorization} header.
 *
 * @param provider         {@code payme} or {@code click}
 * @param method           the JSON-RPC method (Payme) or {@code prepare}/{@code complete} (Click)
 * @param request          the body as sent: JSON (Payme) or the URL-encoded form (Click)
 * @param status           the reply's HTTP status; 0 when none came
 * @param reply            the reply body as received (UTF-8); empty when none came
 * @param identicalToFirst for a repeated request: whether its answer was byte-identical to the first's; null otherwise
 * @param failure          why no usable reply came (refused, timed out); null when one came
 */
public record ProviderCall(Instant time, String provider, String method, String url, String request, int status, String reply,
                           long millis, Boolean identicalToFirst, String failure) {

    public boolean repeat() { return identicalToFirst != null; }
}
