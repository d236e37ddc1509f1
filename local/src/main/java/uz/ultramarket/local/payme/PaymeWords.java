package uz.ultramarket.local.payme;

/** The checkout page's words in the link's language ({@code l}): Uzbek, Russian, English. */
enum PaymeWords {
    TITLE("Payme — to'lov", "Payme — оплата", "Payme — payment"),
    MERCHANT("Sotuvchi", "Поставщик", "Merchant"),
    ORDER("Buyurtma", "Заказ", "Order"),
    AMOUNT("Summa", "Сумма", "Amount"),
    CURRENCY("so'm", "сум", "so'm"),
    CARD("Karta raqami", "Номер карты", "Card number"),
    EXPIRY("Amal qilish muddati (OO/YY)", "Срок действия (ММ/ГГ)", "Expiry (MM/YY)"),
    PAY("To'lash", "Оплатить", "Pay"),
    CANCEL("Bekor qilish", "Отменить", "Cancel"),
    TIME_OUT("Vaqt tugashi (test)", "Тайм-аут (тест)", "Time out (test)"),
    TEST_CARDS("Test kartalari", "Тестовые карты", "Test cards"),
    CODE_SENT("Kartaga bog'langan raqamga SMS kod yuborildi", "На номер, привязанный к карте, отправлен SMS-код",
            "An SMS code was sent to the phone linked to the card"),
    CODE("SMS kod", "SMS-код", "SMS code"),
    TEST_CODE("Test kodi", "Тестовый код", "Test code"),
    CONFIRM("Tasdiqlash", "Подтвердить", "Confirm"),
    WRONG_CODE("Kod noto'g'ri, qayta kiriting", "Неверный код, введите ещё раз", "Wrong code, try again"),
    ENTER_CARD_FIRST("Avval karta ma'lumotlarini kiriting", "Сначала введите данные карты", "Enter the card first"),
    DECLINED("Karta rad etildi", "Карта отклонена", "Card declined"),
    DECLINED_DETAIL("Karta raqami yoki muddati noto'g'ri, yoki karta bloklangan", "Неверный номер или срок карты, либо карта заблокирована",
            "Wrong card number or expiry, or the card is blocked"),
    RETRY("Qayta urinish", "Попробовать снова", "Try again"),
    PAID("To'lov amalga oshirildi", "Оплата прошла успешно", "Payment successful"),
    CANCELLED("To'lov bekor qilindi", "Платёж отменён", "Payment cancelled"),
    TIMED_OUT("To'lov vaqti tugadi", "Время оплаты истекло", "Payment timed out"),
    REFUSED("To'lovni amalga oshirib bo'lmaydi", "Оплата невозможна", "Payment is not possible"),
    UNAVAILABLE("Sotuvchi xizmati javob bermayapti", "Сервис поставщика не отвечает", "The merchant's service does not answer"),
    MISBEHAVING("Sotuvchi xizmati noto'g'ri javob berdi", "Сервис поставщика ответил некорректно", "The merchant's service answered wrongly"),
    PAYME_TRANSACTION("Payme tranzaksiyasi", "Транзакция Payme", "Payme transaction"),
    SHOP_TRANSACTION("Do'kon tranzaksiyasi", "Транзакция магазина", "Shop's transaction"),
    BACK("Do'konga qaytish", "Вернуться в магазин", "Back to the shop"),
    RETURNING("Do'konga qaytmoqdamiz…", "Возвращаемся в магазин…", "Returning to the shop…"),
    NO_RETURN("Havolada qaytish manzili (c) yo'q", "В ссылке нет адреса возврата (c)", "The link has no return address (c)"),
    NOT_FOUND("Bu to'lov sahifasi topilmadi yoki muddati o'tgan", "Страница оплаты не найдена или устарела",
            "This payment page does not exist or has expired");

    private final String uz;
    private final String ru;
    private final String en;

    PaymeWords(String uz, String ru, String en) {
        this.uz = uz;
        this.ru = ru;
        this.en = en;
    }

    String in(String lang) {
        return switch (lang) {
            case "uz" -> uz;
            case "en" -> en;
            default -> ru;
        };
    }
}
