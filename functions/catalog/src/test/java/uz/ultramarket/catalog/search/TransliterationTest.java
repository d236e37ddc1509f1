package uz.ultramarket.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            телефон              | telefon
            музлатгич            | muzlatgich
            холодильник          | xolodilnik
            ўзбек                | o‘zbek
            Ўзбекистон           | O‘zbekiston
            ғишт                 | g‘isht
            қовун                | qovun
            ҳаво                 | havo
            шаҳар                | shahar
            чой                  | choy
            ёмғир                | yomg‘ir
            юлдуз                | yulduz
            янги                 | yangi
            ер                   | yer
            поезд                | poyezd
            подъезд              | pod’yezd
            кондиционер          | konditsioner
            ящик                 | yashik
            пылесос              | pilesos
            щётка                | shyotka
            маъно                | ma’no
            Шоҳ                  | Shoh
            ШОҲ                  | SHOH
            Ёқут                 | Yoqut
            Samsung Galaxy A55   | Samsung Galaxy A55
            Смартфон Samsung     | Smartfon Samsung
            """)
    void spellsCyrillicInLatinUzbek(String cyrillic, String latin) {
        assertEquals(latin, Transliteration.toLatin(cyrillic));
    }
}
