package org.chartdesk.workbook;

import java.util.List;
import java.util.Map;
import org.chartdesk.check.SilencedRule;

/**
 * What the About sheet says about the build itself, so an analyst can tell which inputs and which
 * tool made the workbook, and what the editorial lint found or was told to overlook.
 *
 * @param tool the tool and its version
 * @param inputs every input file (project-relative path) with its SHA-256, in path order
 * @param findings lint and check warnings, formatted as the command line prints them
 * @param silenced lint rules specs silenced, with the editors' reasons
 */
public record BuildInfo(String tool, Map<String, String> inputs, List<String> findings, List<SilencedRule> silenced) {}
