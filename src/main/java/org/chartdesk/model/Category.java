package org.chartdesk.model;

/**
 * A place on a category axis.
 *
 * @param key the value in the data ("1950", "diplomacy")
 * @param label how readers see it ("1950s", "Diplomacy")
 */
public record Category(String key, String label) {}
