package uz.ultramarket.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import uz.ultramarket.catalog.product.LocalizedText;

/**
 * What the search matches for one product, as {@code product.search_name} and {@code product.search_description}
 * hold it: the distinct normalised words of its names in every language plus its brand (so "холодильник" finds
 * a product named "Muzlatgich" in Uzbek), and of its descriptions plus its attribute values. A writer of a product
 * stores {@code of(...)} of it; the database derives the weighted full-text vector from these two columns.
 */
public record SearchDocument(String name, String description) {

    public static SearchDocument of(LocalizedText name, String brand, LocalizedText description,
                                    Collection<String> attributeValues) {
        var names = new ArrayList<>(List.of(name.uz(), name.ru(), name.en()));
        if (brand != null) names.add(brand);
        var descriptions = new ArrayList<>(List.of(description.uz(), description.ru(), description.en()));
        descriptions.addAll(attributeValues);
        return new SearchDocument(SearchText.distinctWords(names), SearchText.distinctWords(descriptions));
    }

    /** A category's or brand's names in one searchable line. */
    public static String names(String... names) {
        return SearchText.distinctWords(List.of(names));
    }
}
