package uz.ultramarket.catalog.browse.suggest;

import java.util.List;
import javax.inject.Inject;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.search.CatalogSearch;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.catalog.search.Suggestion;

/** Type-ahead: categories and brands that match first, then products, {@value #LIMIT} at most. */
public final class SuggestService {

    public static final int LIMIT = 8;

    private final CatalogSearch search;

    @Inject
    public SuggestService(CatalogSearch search) {
        this.search = search;
    }

    public List<Suggestion> suggest(SearchQuery query, Language language) {
        var all = search.suggest(query, language, LIMIT);
        return all.size() <= LIMIT ? all : all.subList(0, LIMIT);
    }
}
