package heapwhy.gui.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.gui.Explorer;
import heapwhy.gui.GuiSteps;
import heapwhy.gui.OpenedDump;
import heapwhy.gui.UserSteps;
import heapwhy.report.waste.WasteHints;
import heapwhy.report.waste.WasteText;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.util.ObjectIdText;
import heapwhy.util.Sizes;
import heapwhy.waste.Waste;
import heapwhy.waste.WasteExample;
import heapwhy.waste.WasteFinding;
import heapwhy.waste.WasteKind;
import heapwhy.waste.WasteOwner;
import heapwhy.waste.WasteQuery;
import heapwhy.waste.WasteReport;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Waste tab on the WASTE scenario's dump (every kind of waste planted, each held by one field), driven like
 * a user, headless: its figures are {@link Waste#find}'s, worded as the text report, and an owner's example
 * opens in the Inspector and in Paths.
 */
@ExtendWith(ApplicationExtension.class)
class WasteViewTest {
    @TempDir
    static Path home;

    private Explorer explorer;
    private Path dump;

    @Start
    void start(Stage stage) {
        explorer = UserSteps.showExplorer(stage, home);
    }

    @BeforeEach
    void openTheWasteDump() throws Exception {
        dump = ScenarioDumps.produce(Scenario.WASTE, Variant.DEFAULT).dumps().get(0);
        GuiSteps.openAndWait(explorer, dump);
    }

    @AfterEach
    void close() throws Exception {
        UserSteps.closeAll(explorer);
    }

    @Test
    void whileTheReportIsMadeTheTabSaysSoAndThenShowsItsHeadline(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // a job ahead of the report's holds it in the queue, so the waiting state stays long enough to be seen
        WaitForAsyncUtils.asyncFx(() -> explorer.background().run("held", progress -> release.await(60,
                TimeUnit.SECONDS), done -> { })).get();
        robot.clickOn("Waste");
        assertEquals("Looking for waste in " + dump.getFileName() + "…", GuiSteps.label(robot, "#waste-header"));
        assertTrue(GuiSteps.onFx(() -> findings(robot).getItems().isEmpty()));
        release.countDown();
        UserSteps.idle(explorer);
        assertTrue(GuiSteps.label(robot, "#waste-header").startsWith("Waste in " + dump.getFileName() + ": 7 kinds, "),
                GuiSteps.label(robot, "#waste-header"));
    }

    @Test
    void theTableHoldsWhatWasteFindsWordedAsTheTextReport(FxRobot robot) throws Exception {
        WasteReport shown = reportShown(robot);
        WasteReport expected = Waste.find(index(), new WasteQuery(Set.of(), WasteView.TOP));
        assertEquals(expected, shown);
        List<WasteFinding> rows = GuiSteps.onFx(() -> findings(robot).getItems().stream().map(FindingRow::finding)
                .toList());
        assertEquals(expected.findings(), rows);
        assertEquals(List.of(WasteKind.values()), rows.stream().map(WasteFinding::kind).toList(), "the report's order");
        assertEquals(WasteText.headline(dump.getFileName().toString(), expected), GuiSteps.label(robot, "#waste-header"));
        // the headline's total leaves object overhead out, as the text report says
        long overhead = finding(expected, WasteKind.OBJECT_OVERHEAD).wastedBytes();
        assertTrue(overhead > 0, "the planted Flags are mostly header and padding");
        assertEquals(expected.findings().stream().mapToLong(WasteFinding::wastedBytes).sum() - overhead,
                expected.wastedBytes());
        assertTrue(GuiSteps.label(robot, "#waste-header").contains(Sizes.human(expected.wastedBytes()) + " ("
                + WasteText.percent(expected, expected.wastedBytes()) + " of the reachable heap"));
        assertTrue(GuiSteps.label(robot, "#waste-header").endsWith("object overhead not counted (only a change of the "
                + "objects' shape saves it)."));

        for (int row = 0; row < rows.size(); row++) {
            WasteFinding f = rows.get(row);
            assertEquals(f.kind().title(), cellText(robot, "#waste-findings", row, "Inspection"));
            assertEquals(Sizes.grouped(f.objects()), cellText(robot, "#waste-findings", row, "Objects"));
            assertEquals(Sizes.human(f.wastedBytes()), cellText(robot, "#waste-findings", row, "Wasted"));
            assertEquals(WasteText.percent(expected, f.wastedBytes()), cellText(robot, "#waste-findings", row,
                    "% of heap"));
            assertEquals(Sizes.grouped(f.distinct()), cellText(robot, "#waste-findings", row, "Distinct"));
        }
    }

    @Test
    void selectingAnInspectionShowsItsOwnersAndExamples(FxRobot robot) throws Exception {
        WasteReport report = reportShown(robot);
        WasteFinding strings = finding(report, WasteKind.DUPLICATE_STRINGS);
        assertEquals(strings, GuiSteps.onFx(() -> findings(robot).getSelectionModel().getSelectedItem().finding()),
                "the first inspection that found something is selected");
        assertEquals(WasteText.finding(report, strings), GuiSteps.label(robot, "#waste-finding"));
        assertEquals(WasteHints.of(WasteKind.DUPLICATE_STRINGS), GuiSteps.label(robot, "#waste-hint"));
        assertEquals(strings.owners(), ownersShown(robot));
        assertEquals(strings.examples(), examplesShown(robot));
        WasteOwner country = strings.owners().stream().filter(o -> o.name().equals("Customer.country")).findFirst()
                .orElseThrow();
        int at = strings.owners().indexOf(country);
        assertEquals("Held by", columnTitle(robot, "#waste-owners", 0));
        assertEquals(Sizes.human(country.bytes()), cellText(robot, "#waste-owners", at, "Wasted"));
        assertEquals(WasteText.percent(report, country.bytes()), cellText(robot, "#waste-owners", at, "% of heap"));
        assertEquals("Most duplicated", columnTitle(robot, "#waste-examples", 0));
        WasteExample most = strings.examples().get(0);
        assertEquals(WasteText.copies(WasteKind.DUPLICATE_STRINGS, most.copies()),
                cellText(robot, "#waste-examples", 0, "Objects"));

        select(robot, WasteKind.OBJECT_OVERHEAD);
        WasteFinding overhead = finding(report, WasteKind.OBJECT_OVERHEAD);
        assertEquals(overhead.owners(), ownersShown(robot));
        assertEquals(overhead.examples(), examplesShown(robot));
        assertEquals("By class", columnTitle(robot, "#waste-owners", 0));
        assertEquals("Per instance", columnTitle(robot, "#waste-examples", 0));
        assertEquals(WasteText.finding(report, overhead), GuiSteps.label(robot, "#waste-finding"));
        assertEquals(WasteHints.of(WasteKind.OBJECT_OVERHEAD), GuiSteps.label(robot, "#waste-hint"));
    }

    @Test
    void anOwnersExampleOpensInTheInspectorAndInPaths(FxRobot robot) throws Exception {
        reportShown(robot);
        OwnerRow country = selectOwner(robot, WasteKind.DUPLICATE_STRINGS, "Customer.country");
        String id = ObjectIdText.hex(country.owner().exampleId());
        assertEquals("java.lang.String", index().describe(country.node()));
        assertEquals(country.owner().exampleId(), index().objectId(country.node()));

        robot.clickOn("#waste-inspect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> GuiSteps.label(robot, "#inspector-header").contains(id));
        assertTrue(GuiSteps.label(robot, "#inspector-header").startsWith("java.lang.String "),
                GuiSteps.label(robot, "#inspector-header"));
        assertEquals(id, GuiSteps.onFx(() -> robot.lookup("#inspector-id").queryAs(TextField.class).getText()));

        robot.clickOn("Waste");
        robot.clickOn("#waste-paths");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> GuiSteps.label(robot, "#paths-header")
                .startsWith("What keeps java.lang.String " + id));
        UserSteps.idle(explorer);
        List<String> tree = GuiSteps.onFx(() -> robot.lookup("#paths-tree .tree-cell")
                .queryAllAs(javafx.scene.control.TreeCell.class).stream().map(Labeled::getText)
                .filter(t -> t != null).toList());
        assertTrue(tree.stream().anyMatch(line -> line.contains("customers")), String.join("\n", tree));

        robot.clickOn("Waste");
        OwnerRow lines = selectOwner(robot, WasteKind.EMPTY_COLLECTIONS, "Order.lines");
        String linesId = ObjectIdText.hex(lines.owner().exampleId());
        robot.doubleClickOn(ownerRowShowing(robot, lines));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> GuiSteps.label(robot, "#inspector-header").startsWith("java.util.ArrayList  " + linesId));
    }

    @Test
    void dumpTextIsShownWithItsControlCharactersEscaped(FxRobot robot) throws Exception {
        String hostile = "Evil\u001b[2J.name\n\u202Eevil";
        String escaped = "Evil\\u001b[2J.name\\u000a\\u202eevil";
        OwnerRow owner = new OwnerRow(new WasteOwner(hostile, 2, 48, 0x10), -1);
        WasteExample example = new WasteExample("\"" + hostile + "\"", 3, 48);
        assertEquals(escaped, GuiSteps.onFx(() -> WasteTables.owners(() -> null).getColumns().get(0)
                .getCellData(owner)));
        assertEquals("\"" + escaped + "\"", GuiSteps.onFx(() -> WasteTables.examples(() -> WasteKind.DUPLICATE_STRINGS)
                .getColumns().get(0).getCellData(example)));
    }

    private HeapIndex index() throws Exception {
        return GuiSteps.onFx(() -> explorer.dumps().get(0)).index();
    }

    /** Brings the Waste tab to the front and waits for its report. */
    private WasteReport reportShown(FxRobot robot) throws Exception {
        robot.clickOn("Waste");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> GuiSteps.label(robot, "#waste-header")
                .startsWith("Waste in "));
        UserSteps.idle(explorer);
        return GuiSteps.onFx(() -> {
            TableView<FindingRow> table = findings(robot);
            return new WasteReport(table.getItems().stream().map(FindingRow::finding).toList(),
                    explorer.dumps().get(0).index().graphBytes());
        });
    }

    private static WasteFinding finding(WasteReport report, WasteKind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static void select(FxRobot robot, WasteKind kind) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TableView<FindingRow> table = findings(robot);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).finding().kind() == kind) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static OwnerRow selectOwner(FxRobot robot, WasteKind kind, String name) throws Exception {
        select(robot, kind);
        OwnerRow row = GuiSteps.onFx(() -> {
            TableView<OwnerRow> table = owners(robot);
            OwnerRow found = table.getItems().stream().filter(r -> r.owner().name().equals(name)).findFirst()
                    .orElseThrow();
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(found));
            table.scrollTo(found);
            return found;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return row;
    }

    private static TableRow<?> ownerRowShowing(FxRobot robot, OwnerRow owner) {
        return robot.lookup("#waste-owners .table-row-cell").<TableRow<?>>match(r -> r.getItem() == owner)
                .queryAs(TableRow.class);
    }

    private static List<WasteOwner> ownersShown(FxRobot robot) throws Exception {
        return GuiSteps.onFx(() -> owners(robot).getItems().stream().map(OwnerRow::owner).toList());
    }

    private static List<WasteExample> examplesShown(FxRobot robot) throws Exception {
        return GuiSteps.onFx(() -> List.copyOf(robot.lookup("#waste-examples").<WasteExample>queryTableView()
                .getItems()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<FindingRow> findings(FxRobot robot) {
        return robot.lookup("#waste-findings").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<OwnerRow> owners(FxRobot robot) {
        return robot.lookup("#waste-owners").queryAs(TableView.class);
    }

    private static String columnTitle(FxRobot robot, String table, int column) throws Exception {
        return GuiSteps.onFx(() -> {
            TableView<?> view = robot.lookup(table).queryAs(TableView.class);
            return view.getVisibleLeafColumns().get(column).getText();
        });
    }

    /** The text a cell shows on screen, as the column's cell factory wrote it. */
    private static String cellText(FxRobot robot, String table, int row, String column) throws Exception {
        return GuiSteps.onFx(() -> {
            TableView<?> view = robot.lookup(table).queryAs(TableView.class);
            int at = -1;
            for (int c = 0; c < view.getVisibleLeafColumns().size(); c++) {
                if (view.getVisibleLeafColumns().get(c).getText().equals(column)) {
                    at = c;
                }
            }
            assertTrue(at >= 0, "no column " + column);
            int index = at;
            return robot.lookup(table + " .table-row-cell").<TableRow<?>>match(r -> r.getIndex() == row).queryAll()
                    .stream().map(r -> ((TableRow<?>) r).getChildrenUnmodifiable().get(index))
                    .map(cell -> ((Labeled) cell).getText()).findFirst().orElseThrow();
        });
    }
}
