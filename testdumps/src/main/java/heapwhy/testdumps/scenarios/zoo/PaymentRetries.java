package heapwhy.testdumps.scenarios.zoo;

import java.util.ArrayDeque;

/** Failed payments waiting for a retry. The retry job was never scheduled, so the backlog only grows. */
final class PaymentRetries {
    static final PaymentRetries INSTANCE = new PaymentRetries();

    private final ArrayDeque<FailedPayment> backlog = new ArrayDeque<>();

    private PaymentRetries() {
    }

    void failed(FailedPayment payment) {
        backlog.addLast(payment);
    }

    FailedPayment nextToRetry() {
        return backlog.pollFirst();
    }
}
