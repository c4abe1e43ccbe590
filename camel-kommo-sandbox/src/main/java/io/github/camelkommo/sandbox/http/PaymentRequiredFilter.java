package io.github.camelkommo.sandbox.http;

/**
 * While {@link ApiSwitches#paymentRequired()} is on, answers every authenticated API request with Kommo's documented
 * 402 ({@code {"title":"Payment Required","type":"https://httpstatus.es/402","status":402,
 * "detail":"Payment required"}}, developers.kommo.com/docs/http-codes): the account's paid or trial period ended.
 */
public final class PaymentRequiredFilter implements ApiFilter {

    private final ApiSwitches switches;

    public PaymentRequiredFilter(ApiSwitches switches) {
        this.switches = switches;
    }

    @Override
    public ApiResponse filter(ApiRequest request, ApiHandler next) {
        return switches.paymentRequired() ? Problems.paymentRequired() : next.handle(request);
    }
}
