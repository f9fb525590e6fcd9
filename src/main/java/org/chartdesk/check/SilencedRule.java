package org.chartdesk.check;

/**
 * A rule a chart's spec silences, with the editor's reason; the gallery and the workbook's About
 * sheet list these so an exemption is never invisible.
 *
 * @param suppressed how many findings the silence hid in this build
 */
public record SilencedRule(String code, String chart, String reason, int suppressed) {}
