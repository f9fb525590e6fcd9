package org.chartdesk.model;

import java.util.List;

/**
 * What every chart carries around its data: the words of the chrome and the size.
 *
 * @param sourceLine the full line as printed, "Source: ..."
 * @param theme the name of the theme the chart is drawn with
 */
public record Frame(
    String id,
    String title,
    String subtitle,
    List<String> notes,
    String sourceLine,
    int width,
    int height,
    String theme) {}
