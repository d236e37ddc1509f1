package uz.ultramarket.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void trimsCollapsesAndNormalizes() {
        var query = SearchQuery.parse("  Смартфон \t Samsung\n\nA55  ");
        assertEquals("Смартфон Samsung A55", query.text());
        assertEquals(List.of("smartfon", "samsung", "a55"), query.words());
    }

    @Test
    void acceptsTwoHundredCharactersAndRejectsTwoHundredAndOne() {
        assertEquals(200, SearchQuery.parse("я".repeat(200)).text().length());
        var tooLong = assertThrows(InvalidQueryException.class, () -> SearchQuery.parse("a".repeat(201)));
        assertEquals("must be at most 200 characters, but has 201", tooLong.reason());
    }

    @Test
    void countsCharactersAfterCollapsingWhitespace() {
        assertEquals("telefon", SearchQuery.parse(" ".repeat(500) + "telefon" + "\t".repeat(500)).text());
    }

    @Test
    void metacharactersLeaveNothingToRun() {
        assertTrue(SearchQuery.parse("%").isEmpty());
        assertTrue(SearchQuery.parse("_").isEmpty());
        assertTrue(SearchQuery.parse("\\%_'\"();:*&|!").isEmpty());
        assertEquals(List.of("drop", "table", "product"), SearchQuery.parse("'; drop table product; --").words());
    }

    @Test
    void keepsAtMostEightDistinctWords() {
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"),
                SearchQuery.parse("a1 a2 a1 a3 a4 a5 a6 a7 a8 a9 a10").words());
    }

    @Test
    void refusesAMissingQuery() {
        assertThrows(InvalidQueryException.class, () -> SearchQuery.parse(null));
    }
}
