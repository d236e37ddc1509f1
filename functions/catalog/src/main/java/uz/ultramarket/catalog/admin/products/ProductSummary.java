package uz.ultramarket.catalog.admin.products;

import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.money.Money;

/** One row of the admin's product list; {@code stock} adds up all its SKUs. */
public record ProductSummary(long id, String slug, LocalizedText name, String brand, long categoryId, String status,
                             Money priceMin, String image, int skuCount, AdminProduct.Stock stock, long version) {}
