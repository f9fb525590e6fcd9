package org.chartdesk.dataset;

/**
 * A document the story's data is curated from.
 *
 * @param url the public address shown to readers
 * @param text path (relative to the datasets folder) of a local text copy used to verify quotes
 */
public record Source(String name, String title, String url, String text) {}
