package uz.ultramarket.catalog.browse.categories;

import java.util.List;

/** A category of the tree in one language; {@code productCount} counts the sellable products in it and below it. */
public record CategoryNode(String slug, String name, long productCount, List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }
}
