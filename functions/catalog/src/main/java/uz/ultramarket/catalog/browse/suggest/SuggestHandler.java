package uz.ultramarket.catalog.browse.suggest;

import java.util.List;
import java.util.Locale;
import uz.ultramarket.catalog.api.CatalogHttp;
import uz.ultramarket.catalog.search.SearchQuery;
import uz.ultramarket.catalog.search.Suggestion;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;

/** {@code GET /api/search/suggest?q=}: up to eight type-ahead suggestions (categories, brands, products). */
public final class SuggestHandler extends HttpFunction {

    /** The response body; {@code kind} is category, brand or product. */
    public record Suggestions(List<Entry> suggestions) {}

    public record Entry(String kind, String slug, String text) {
        static Entry of(Suggestion suggestion) {
            return new Entry(suggestion.kind().name().toLowerCase(Locale.ROOT), suggestion.slug(), suggestion.text());
        }
    }

    private final SuggestService suggest;

    public SuggestHandler() { this(DaggerSuggestComponent.create().suggestService()); }

    public SuggestHandler(SuggestService suggest) { this.suggest = suggest; }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        try {
            // a missing q is refused by SearchQuery.parse: "q is required"
            var query = SearchQuery.parse(request.query("q").orElse(null));
            var found = suggest.suggest(query, CatalogHttp.language(request));
            return CatalogHttp.cacheable(new Suggestions(found.stream().map(Entry::of).toList()));
        } catch (RuntimeException e) {
            throw CatalogHttp.translate(e);
        }
    }
}
