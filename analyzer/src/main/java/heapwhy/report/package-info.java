/**
 * Where every report's words are made, and the output tools they share.
 *
 * <p>The rule, the same for every command:
 * <ul>
 *   <li>A feature package of the analyzer ({@code heapwhy.sites}, {@code heapwhy.suspects}, {@code heapwhy.paths},
 *       {@code heapwhy.growth}, {@code heapwhy.histogram}, {@code heapwhy.graph}…) computes a report's model as
 *       records ({@code WhyReport}, {@code SuspectsReport}, {@code BackrefsResult}, {@code GrowthReport},
 *       {@code ClassHistogram}, {@code HeapSummary}…). It also owns the phrases for its own values that several
 *       reports share: how one path step, a root, a value or a place is named ({@code paths.ChainText},
 *       {@code paths.RootText}, {@code paths.ValueText}, {@code sites.SiteText}).</li>
 *   <li>Every whole report's renderers, text, JSON and CSV, live together in {@code heapwhy.report.<report>}
 *       ({@code heapwhy.report.why} holds {@code WhyText}, {@code WhyJson} and {@code WhyCsv}), with the slice of
 *       the model a user asked for when the report needs one ({@code HistogramSelection}, {@code GrowthSelection},
 *       {@code DominatorBranch}). They take analyzer values only, never command-line option objects, and depend
 *       on nothing of the CLI or the GUI.</li>
 *   <li>The output tools those renderers share are here, in {@code heapwhy.report}: {@link heapwhy.report.JsonWriter},
 *       {@link heapwhy.report.JsonParts}, {@link heapwhy.report.Csv}, {@link heapwhy.report.TextTable}, the
 *       control-character escaping ({@link heapwhy.report.ControlChars}, {@link heapwhy.report.EscapingWriter}),
 *       {@link heapwhy.report.DumpDescription}, {@link heapwhy.report.ShellWords}, {@link heapwhy.report.HeapShares}
 *       and {@link heapwhy.report.GraphJson}.</li>
 *   <li>A CLI command only parses its options, opens the dumps, calls the analyzer and picks a renderer. The GUI,
 *       the JUnit extension and the HTML report call the same renderers and vocabulary instead of wording a
 *       report again; where the GUI must word a sentence its own way (it names a control where the command line
 *       names an option), it takes the shared parts from the renderer.</li>
 * </ul>
 *
 * <p>May use: every analyzer feature package and {@code heapwhy.util}. Used by: the CLI, the GUI.
 */
package heapwhy.report;
