package uz.ultramarket.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            O‘zbekiston                       | ozbekiston
            O'zbekiston                       | ozbekiston
            Oʻzbekiston                       | ozbekiston
            O`zbekiston                       | ozbekiston
            O’zbekiston                       | ozbekiston
            Ўзбекистон                        | ozbekiston
            G‘ilof                            | gilof
            Холодильник Artel HD-345          | xolodilnik artel hd 345
            "  Смартфон   Samsung, 8/256 ГБ " | smartfon samsung 8 256 gb
            Nescafé Crème                     | nescafe creme
            L’Oréal                           | loreal
            Şampun çay                        | shampun chay
            "100% _x_ '; drop table --"       | 100 x drop table
            %                                 | ""
            """)
    void normalizesToOneComparableForm(String text, String normalized) {
        assertEquals(normalized, SearchText.normalize(text));
    }

    @Test
    void documentKeepsEachWordOnceInOrder() {
        assertEquals("muzlatgich artel hd 395 xolodilnik refrigerator",
                SearchText.distinctWords(List.of("Muzlatgich Artel HD 395", "Холодильник Artel HD 395", "Artel HD 395 refrigerator")));
    }
}
