package uz.ultramarket.catalog.demo;

import java.util.List;
import java.util.Optional;
import uz.ultramarket.catalog.load.CatalogData.Attribute;
import uz.ultramarket.catalog.load.CatalogData.AttributeKind;
import uz.ultramarket.catalog.load.CatalogData.Option;
import uz.ultramarket.catalog.product.LocalizedText;

/** The attributes the demo products are described by, with their names and option names in uz/ru/en. */
final class DemoAttributes {

    static final List<Attribute> ALL = List.of(
            option("color", t("Rang", "Цвет", "Colour"),
                    o("black", "qora", "чёрный", "black"), o("white", "oq", "белый", "white"),
                    o("silver", "kumush rang", "серебристый", "silver"), o("gray", "kulrang", "серый", "grey"),
                    o("blue", "ko‘k", "синий", "blue"), o("red", "qizil", "красный", "red"),
                    o("green", "yashil", "зелёный", "green"), o("gold", "tilla rang", "золотой", "gold"),
                    o("pink", "pushti", "розовый", "pink"), o("beige", "bej", "бежевый", "beige"),
                    o("brown", "jigarrang", "коричневый", "brown"), o("purple", "binafsha", "фиолетовый", "purple")),
            number("storage_gb", "GB", t("Ichki xotira", "Встроенная память", "Storage")),
            number("ram_gb", "GB", t("Operativ xotira", "Оперативная память", "RAM")),
            number("screen_in", "″", t("Ekran diagonali", "Диагональ экрана", "Screen size")),
            number("battery_mah", "mAh", t("Batareya sig‘imi", "Ёмкость аккумулятора", "Battery")),
            option("cpu", t("Protsessor", "Процессор", "Processor"),
                    o("intel-core-i3", "Intel Core i3"), o("intel-core-i5", "Intel Core i5"),
                    o("intel-core-i7", "Intel Core i7"), o("amd-ryzen-5", "AMD Ryzen 5"),
                    o("amd-ryzen-7", "AMD Ryzen 7"), o("apple-m3", "Apple M3")),
            option("resolution", t("Ekran o‘lchamlari", "Разрешение экрана", "Resolution"),
                    o("hd", "HD"), o("full-hd", "Full HD"), o("4k-uhd", "4K UHD")),
            flag("smart_tv", t("Smart TV", "Smart TV", "Smart TV")),
            flag("nfc", t("NFC", "NFC", "NFC")),
            flag("noise_cancelling", t("Shovqinni bostirish", "Шумоподавление", "Noise cancelling")),
            number("capacity_l", "l", t("Hajmi", "Объём", "Capacity")),
            option("energy_class", t("Energiya samaradorligi sinfi", "Класс энергопотребления", "Energy class"),
                    o("a-plus-plus-plus", "A+++"), o("a-plus-plus", "A++"), o("a-plus", "A+"), o("a", "A"), o("b", "B")),
            flag("no_frost", t("No Frost", "No Frost", "No Frost")),
            flag("inverter", t("Inverter", "Инвертор", "Inverter")),
            number("load_kg", "kg", t("Yuklama", "Загрузка", "Load")),
            number("spin_rpm", "rpm", t("Siqish tezligi", "Скорость отжима", "Spin speed")),
            number("area_m2", "m²", t("Xona maydoni", "Площадь помещения", "Room size")),
            number("power_w", "W", t("Quvvat", "Мощность", "Power")),
            number("burners", null, t("Konforkalar soni", "Количество конфорок", "Burners")),
            option("size", t("O‘lcham", "Размер", "Size"),
                    o("xs", "XS"), o("s", "S"), o("m", "M"), o("l", "L"), o("xl", "XL"), o("xxl", "XXL")),
            number("shoe_size", "EU", t("Poyabzal o‘lchami", "Размер обуви", "Shoe size")),
            option("material", t("Material", "Материал", "Material"),
                    o("cotton", "paxta", "хлопок", "cotton"), o("polyester", "poliester", "полиэстер", "polyester"),
                    o("leather", "charm", "кожа", "leather"), o("wool", "jun", "шерсть", "wool"),
                    o("denim", "jinsi", "деним", "denim"), o("plastic", "plastik", "пластик", "plastic"),
                    o("steel", "po‘lat", "сталь", "steel"), o("wood", "yog‘och", "дерево", "wood")),
            option("gender", t("Kim uchun", "Для кого", "For"),
                    o("men", "erkaklar", "мужчины", "men"), o("women", "ayollar", "женщины", "women"),
                    o("unisex", "uniseks", "унисекс", "unisex"), o("kids", "bolalar", "дети", "kids")),
            number("age_years", "+", t("Yosh", "Возраст", "Age")),
            number("weight_g", "g", t("Og‘irligi", "Вес", "Weight")),
            number("volume_ml", "ml", t("Hajmi", "Объём", "Volume")),
            number("pack_count", "dona", t("Qadoqda", "В упаковке", "In pack")),
            number("pages", null, t("Sahifalar soni", "Количество страниц", "Pages")),
            option("language", t("Kitob tili", "Язык книги", "Language"),
                    o("uz", "o‘zbek tili", "узбекский", "Uzbek"), o("ru", "rus tili", "русский", "Russian"),
                    o("en", "ingliz tili", "английский", "English")),
            option("cover", t("Muqova", "Переплёт", "Cover"),
                    o("hard", "qattiq", "твёрдый", "hardcover"), o("soft", "yumshoq", "мягкий", "paperback")),
            number("wheel_in", "″", t("G‘ildirak diametri", "Диаметр колёс", "Wheel size")),
            option("season", t("Mavsum", "Сезон", "Season"),
                    o("summer", "yozgi", "летние", "summer"), o("winter", "qishki", "зимние", "winter"),
                    o("all-season", "mavsumiy", "всесезонные", "all-season")),
            option("tyre_size", t("Shina o‘lchami", "Размер шины", "Tyre size"),
                    o("185-65-r15", "185/65 R15"), o("195-65-r15", "195/65 R15"), o("205-55-r16", "205/55 R16"),
                    o("215-60-r16", "215/60 R16"), o("225-45-r17", "225/45 R17")),
            option("viscosity", t("Qovushqoqlik", "Вязкость", "Viscosity"),
                    o("5w-30", "5W-30"), o("5w-40", "5W-40"), o("10w-40", "10W-40"), o("0w-20", "0W-20")),
            number("max_weight_kg", "kg", t("Maksimal vazn", "Максимальный вес", "Max weight")));

    private DemoAttributes() {}

    private static LocalizedText t(String uz, String ru, String en) {
        return LocalizedText.of(uz, ru, en);
    }

    private static Option o(String value, String uz, String ru, String en) {
        return new Option(value, t(uz, ru, en));
    }

    /** An option whose name is the same in every language (a trade name, a size). */
    private static Option o(String value, String name) {
        return new Option(value, t(name, name, name));
    }

    private static Attribute option(String key, LocalizedText name, Option... options) {
        return new Attribute(key, AttributeKind.OPTION, Optional.empty(), name, List.of(options));
    }

    private static Attribute number(String key, String unit, LocalizedText name) {
        return new Attribute(key, AttributeKind.NUMBER, Optional.ofNullable(unit), name, List.of());
    }

    private static Attribute flag(String key, LocalizedText name) {
        return new Attribute(key, AttributeKind.FLAG, Optional.empty(), name, List.of());
    }
}
