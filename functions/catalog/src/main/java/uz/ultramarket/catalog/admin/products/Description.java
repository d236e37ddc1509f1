package uz.ultramarket.catalog.admin.products;

/** A product's description in the shop's three languages; any may be empty (ru and en are uz when left empty). */
public record Description(String uz, String ru, String en) {
    static final Description NONE = new Description("", "", "");
}
