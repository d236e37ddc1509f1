package uz.ultramarket.catalog.admin.categories;

import uz.ultramarket.catalog.product.LocalizedText;

/** A category as staff see it; {@code productCount} counts the products filed directly in it. */
public record AdminCategory(long id, String slug, Long parentId, LocalizedText name, int position, long productCount, long version) {}
