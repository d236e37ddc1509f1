package uz.ultramarket.cart;

import uz.ultramarket.cart.CartView.Notice;
import uz.ultramarket.core.money.Money;

/** The cart's notices in the shop's three languages ({@code uz} Latin, {@code ru}, {@code en}). */
final class CartMessages {

    private CartMessages() {}

    static Notice priceChanged(String language, Money oldPrice, Money newPrice) {
        String was = oldPrice.formatSom();
        String now = newPrice.formatSom();
        String message = switch (language) {
            case "ru" -> "Цена изменилась: было " + was + " сум, стало " + now + " сум.";
            case "en" -> "The price has changed from " + was + " to " + now + " so'm since you added it.";
            default -> "Narx o‘zgardi: " + was + " so‘m edi, endi " + now + " so‘m.";
        };
        return new Notice("price-changed", message, oldPrice, newPrice, null, null, null, null);
    }

    static Notice outOfStock(String language) {
        String message = switch (language) {
            case "ru" -> "Сейчас нет в наличии.";
            case "en" -> "Out of stock at the moment.";
            default -> "Hozircha sotuvda yo‘q.";
        };
        return new Notice("out-of-stock", message, null, null, null, null, null, null);
    }

    static Notice shortOf(String language, int maxQuantity) {
        String message = switch (language) {
            case "ru" -> "Осталось только " + maxQuantity + " шт. — уменьшите количество.";
            case "en" -> "Only " + maxQuantity + " left: lower the quantity to buy it.";
            default -> "Faqat " + maxQuantity + " dona qoldi — sonini kamaytiring.";
        };
        return new Notice("short", message, null, null, maxQuantity, null, null, null);
    }

    static Notice unavailable(String language) {
        String message = switch (language) {
            case "ru" -> "Больше не продаётся.";
            case "en" -> "No longer sold.";
            default -> "Endi sotilmaydi.";
        };
        return new Notice("unavailable", message, null, null, null, null, null, null);
    }

    static Notice mergeCapped(String language, String sku, String name, int requested, int added) {
        String message = switch (language) {
            case "ru" -> name + ": из гостевой корзины перенесено " + added + " из " + requested + " — больше купить нельзя.";
            case "en" -> name + ": " + added + " of the " + requested + " in your guest cart moved over — no more can be bought.";
            default -> name + ": mehmon savatidagi " + requested + " tadan " + added + " tasi o‘tkazildi — ko‘prog‘ini sotib bo‘lmaydi.";
        };
        return new Notice("merge-capped", message, null, null, null, sku, requested, added);
    }

    static Notice mergeLineLimit(String language, String sku, String name) {
        String message = switch (language) {
            case "ru" -> name + " не поместился: в корзине не больше " + Cart.MAX_LINES + " позиций.";
            case "en" -> name + " did not fit: a cart holds at most " + Cart.MAX_LINES + " lines.";
            default -> name + " sig‘madi: savatda ko‘pi bilan " + Cart.MAX_LINES + " xil mahsulot bo‘ladi.";
        };
        return new Notice("merge-line-limit", message, null, null, null, sku, null, null);
    }
}
