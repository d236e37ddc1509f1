package uz.ultramarket.orders.delivery;

import uz.ultramarket.accounts.addresses.Region;

/** A place the customer collects an order from, with its opening hours as the shop writes them. */
public record PickupPoint(String id, Region region, String name, String address, String hours) {}
