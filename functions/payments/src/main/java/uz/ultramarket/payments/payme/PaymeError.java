package uz.ultramarket.payments.payme;

import java.util.Optional;

/**
 * A JSON-RPC error of the Merchant API (spec §9), with the message shown to the payer in Russian, Uzbek and English
 * and, for the account range, the name of the {@code account} field at fault in {@code data}.
 */
public final class PaymeError extends RuntimeException {

    private final int code;
    private final String ru;
    private final String uz;
    private final String en;
    private final Optional<String> data;

    private PaymeError(int code, String ru, String uz, String en, Optional<String> data) {
        super(code + " " + en, null, false, false);
        this.code = code;
        this.ru = ru;
        this.uz = uz;
        this.en = en;
        this.data = data;
    }

    public int code() { return code; }
    public String ru() { return ru; }
    public String uz() { return uz; }
    public String en() { return en; }
    public Optional<String> data() { return data; }

    static PaymeError notPost() {
        return new PaymeError(-32300, "Метод запроса должен быть POST", "So'rov usuli POST bo'lishi kerak", "The request method must be POST", Optional.empty());
    }

    static PaymeError unparsable() {
        return new PaymeError(-32700, "Ошибка разбора JSON", "JSON tahlilida xato", "The request is not valid JSON", Optional.empty());
    }

    static PaymeError invalidRequest(String field) {
        return new PaymeError(-32600, "Отсутствуют обязательные поля или неверный тип полей",
                "Majburiy maydonlar yo'q yoki maydon turi noto'g'ri", "A required field is missing or of the wrong type", Optional.of(field));
    }

    static PaymeError methodNotFound(String method) {
        return new PaymeError(-32601, "Метод не найден", "Usul topilmadi", "Method not found", Optional.of(method));
    }

    static PaymeError insufficientPrivileges() {
        return new PaymeError(-32504, "Недостаточно привилегий для выполнения метода", "Usulni bajarish uchun huquqlar yetarli emas",
                "Insufficient privileges to perform the method", Optional.empty());
    }

    static PaymeError system() {
        return new PaymeError(-32400, "Системная ошибка, попробуйте позже", "Tizim xatosi, keyinroq urinib ko'ring",
                "System error; try again later", Optional.empty());
    }

    static PaymeError wrongAmount() {
        return new PaymeError(-31001, "Неверная сумма", "Noto'g'ri summa", "Wrong amount", Optional.of("amount"));
    }

    static PaymeError transactionNotFound() {
        return new PaymeError(-31003, "Транзакция не найдена", "Tranzaksiya topilmadi", "Transaction not found", Optional.of("id"));
    }

    static PaymeError cannotCancel() {
        return new PaymeError(-31007, "Заказ выполнен, отменить транзакцию невозможно", "Buyurtma bajarilgan, tranzaksiyani bekor qilib bo'lmaydi",
                "The order has been fulfilled; the transaction cannot be cancelled", Optional.of("id"));
    }

    static PaymeError impossible() {
        return new PaymeError(-31008, "Невозможно выполнить операцию", "Amalni bajarib bo'lmaydi",
                "The operation cannot be performed in the transaction's or order's current state", Optional.empty());
    }

    static PaymeError orderNotFound() {
        return new PaymeError(-31050, "Заказ не найден", "Buyurtma topilmadi", "Order not found", Optional.of("order_id"));
    }

    static PaymeError orderClosed() {
        return new PaymeError(-31051, "Заказ отменён или закрыт, его нельзя оплатить", "Buyurtma bekor qilingan yoki yopilgan, uni to'lab bo'lmaydi",
                "The order is cancelled or closed and cannot be paid", Optional.of("order_id"));
    }

    static PaymeError paidInCash() {
        return new PaymeError(-31052, "Заказ оплачивается наличными при получении", "Buyurtma yetkazilganda naqd pul bilan to'lanadi",
                "The order is paid in cash on delivery", Optional.of("order_id"));
    }

    static PaymeError receiptNotFound() {
        return new PaymeError(-32001, "Чек не найден", "Chek topilmadi", "Receipt not found", Optional.of("id"));
    }

    static PaymeError badParams(String field) {
        return new PaymeError(-32602, "Неверные параметры", "Noto'g'ri parametrlar", "Invalid parameters", Optional.of(field));
    }
}
