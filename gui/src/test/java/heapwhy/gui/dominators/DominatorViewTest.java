package heapwhy.gui.dominators;

import heapwhy.graph.HeapIndex;
import heapwhy.gui.GuiSteps;
import heapwhy.gui.StaticCacheDumpOpen;
import heapwhy.gui.UserSteps;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.util.Sizes;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dominators view on the static-cache dump, driven like a user, headless. */
class DominatorViewTest extends StaticCacheDumpOpen {
    private static final String MY_CACHE = "class heapwhy.testdumps.scenarios.MyCache";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private HeapIndex index() {
        return explorer.dumps().get(0).index();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<DominatorRow> tree(FxRobot robot) {
        return robot.lookup("#dominators").queryAs(TreeTableView.class);
    }

    /** Brings the tab to the front and waits for the objects the GC roots keep alive. */
    private TreeItem<DominatorRow> showTopLevel(FxRobot robot) throws Exception {
        robot.clickOn("Dominators");
        TreeItem<DominatorRow> top = GuiSteps.onFx(() -> tree(robot).getRoot());
        waitUntilFetched(top);
        return top;
    }

    private void waitUntilFetched(TreeItem<DominatorRow> item) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> GuiSteps.onFx(() -> ((DominatorItem) item).fetched()));
        UserSteps.idle(explorer);
    }

    /** Opens the item and waits until its children are there. */
    private TreeItem<DominatorRow> expand(TreeItem<DominatorRow> item) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> item.setExpanded(true)).get();
        waitUntilFetched(item);
        return item;
    }

    private static TreeItem<DominatorRow> child(TreeItem<DominatorRow> item, int i) throws Exception {
        return GuiSteps.onFx(() -> item.getChildren().get(i));
    }

    private static List<DominatorRow> rows(TreeItem<DominatorRow> item) throws Exception {
        return GuiSteps.onFx(() -> item.getChildren().stream().map(TreeItem::getValue).toList());
    }

    private static String percent(HeapIndex index, long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes * 100.0 / index.graphBytes());
    }

    @Test
    void theTopLevelIsWhatTheRootsKeepAliveLargestFirstWithTheSizesAndSharesOfTheIndex(FxRobot robot)
            throws Exception {
        HeapIndex index = index();
        assertEquals("Dominator tree, from the GC roots; % of the reachable heap, " + Sizes.human(index.graphBytes())
                + " (" + Sizes.grouped(index.graphBytes()) + " bytes):", GuiSteps.label(robot, "#dominators-header"));
        List<DominatorRow> rows = rows(showTopLevel(robot));
        assertTrue(rows.size() > 1, rows.toString());
        DominatorRow first = rows.get(0);
        assertTrue(first.isObject(), first.toString());
        assertEquals(index.retainedSize(first.node()), first.retained());
        assertEquals(index.shallowSize(first.node()), first.shallow());
        assertEquals(index.describe(first.node()) + "  0x" + Long.toHexString(index.objectId(first.node())),
                first.label());
        for (int i = 1; i < rows.size() && rows.get(i).isObject(); i++) {
            assertTrue(rows.get(i - 1).retained() >= rows.get(i).retained(), "row " + i + " " + rows.get(i));
        }
        // the columns as the table shows them
        TreeTableView<DominatorRow> tree = tree(robot);
        List<TreeTableColumn<DominatorRow, ?>> columns = tree.getColumns();
        assertEquals(List.of("Object", "Retained", "% of heap", "Shallow"),
                columns.stream().map(TreeTableColumn::getText).toList());
        TreeItem<DominatorRow> firstItem = GuiSteps.onFx(() -> tree.getRoot().getChildren().get(0));
        assertEquals(percent(index, index.retainedSize(first.node())), columns.get(2).getCellData(firstItem));
        assertEquals(index.retainedSize(first.node()), columns.get(1).getCellData(firstItem));
    }

    @Test
    void openingTheLargestObjectAgainAndAgainLeadsToTheCacheAndAMoreLineShowsTheNextHundred(FxRobot robot)
            throws Exception {
        HeapIndex index = index();
        TreeItem<DominatorRow> item = showTopLevel(robot);
        // the static map of the cache: the mirror of MyCache, its HashMap, the map's table
        boolean passedMyCache = false;
        while (!item.getValue().label().startsWith("java.util.HashMap$Node[]")) {
            TreeItem<DominatorRow> largest = child(item, 0);
            assertTrue(largest.getValue().isObject(), largest.getValue().toString());
            passedMyCache |= largest.getValue().label().startsWith(MY_CACHE + "  0x");
            item = expand(largest);
        }
        assertTrue(passedMyCache, "the map's table is not under " + MY_CACHE);
        List<DominatorRow> entries = rows(item);
        // one child per tenant's map entry (fewer than a page), each with its sizes
        assertEquals(index.dominatorTree().dominatedBy(item.getValue().node()).length, entries.size());
        assertTrue(entries.stream().allMatch(r -> r.isObject() && r.label().startsWith("java.util.HashMap$Node  0x")),
                entries.toString());

        // on down to the first list of entries: more than a page of them
        TreeItem<DominatorRow> list = item;
        while (rows(list).size() <= DominatorItem.PAGE) {
            list = expand(child(list, 0));
        }
        int total = index.dominatorTree().dominatedBy(list.getValue().node()).length;
        List<DominatorRow> page = rows(list);
        assertEquals(DominatorItem.PAGE + 1, page.size());
        DominatorRow more = page.get(DominatorItem.PAGE);
        long hiddenBytes = index.retainedSize(list.getValue().node()) - index.shallowSize(list.getValue().node())
                - page.subList(0, DominatorItem.PAGE).stream().mapToLong(DominatorRow::retained).sum();
        assertEquals("… " + Sizes.grouped(total - DominatorItem.PAGE) + " more (" + Sizes.human(hiddenBytes) + ", "
                + percent(index, hiddenBytes) + "%)", more.label());
        // the entries hold only primitives: they keep nothing else alive, so they have no arrow
        TreeItem<DominatorRow> entry = child(list, 0);
        assertTrue(entry.getValue().label().startsWith("heapwhy.testdumps.scenarios.MyCache$Entry  0x"),
                entry.getValue().label());
        assertTrue(entry.isLeaf());

        // Enter on the "more" line shows the next hundred
        TreeItem<DominatorRow> parent = list;
        TreeTableView<DominatorRow> tree = tree(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            int row = tree.getRow(parent.getChildren().get(DominatorItem.PAGE));
            tree.scrollTo(row);
            tree.getSelectionModel().clearAndSelect(row);
            tree.requestFocus();
        }).get();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<DominatorRow> twoPages = rows(list);
        assertEquals(2 * DominatorItem.PAGE + 1, twoPages.size());
        assertTrue(twoPages.get(2 * DominatorItem.PAGE).label().startsWith("… "
                + Sizes.grouped(total - 2 * DominatorItem.PAGE) + " more ("), twoPages.get(2 * DominatorItem.PAGE).label());

        // and so does a double-click on it
        WaitForAsyncUtils.asyncFx(() -> tree.scrollTo(tree.getRow(parent.getChildren().get(2 * DominatorItem.PAGE))))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<?> moreRow = GuiSteps.onFx(() -> robot.lookup(".tree-table-row-cell")
                .queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getTreeItem() == parent.getChildren().get(2 * DominatorItem.PAGE)).findFirst()
                .orElseThrow());
        robot.doubleClickOn(moreRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Math.min(total, 3 * DominatorItem.PAGE) + (total > 3 * DominatorItem.PAGE ? 1 : 0),
                rows(list).size());
    }

    @Test
    void pathsToGcRootsAndInspectActOnTheSelectedObject(FxRobot robot) throws Exception {
        HeapIndex index = index();
        TreeItem<DominatorRow> top = showTopLevel(robot);
        Button paths = robot.lookup("#dominators-paths").queryAs(Button.class);
        Button inspect = robot.lookup("#dominators-inspect").queryAs(Button.class);
        assertTrue(paths.isDisabled() && inspect.isDisabled(), "nothing selected");

        // the "more" line is no object
        TreeTableView<DominatorRow> tree = tree(robot);
        List<DominatorRow> rows = rows(top);
        DominatorRow last = rows.get(rows.size() - 1);
        assertEquals(DominatorRow.Kind.MORE, last.kind(), last.toString());
        WaitForAsyncUtils.asyncFx(() -> tree.getSelectionModel().clearAndSelect(tree.getRow(
                top.getChildren().get(rows.size() - 1)))).get();
        assertTrue(paths.isDisabled() && inspect.isDisabled(), "the more line selected");

        AtomicInteger inspected = new AtomicInteger(-2);
        WaitForAsyncUtils.asyncFx(() -> explorer.navigator().onInspect((d, node) -> inspected.set(node))).get();
        int node = rows.get(0).node();
        WaitForAsyncUtils.asyncFx(() -> tree.getSelectionModel().clearAndSelect(0)).get();
        assertFalse(inspect.isDisabled());
        robot.clickOn("#dominators-inspect");
        assertEquals(node, inspected.get());

        robot.clickOn("#dominators-paths");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Paths", tabs.getSelectionModel().getSelectedItem().getText());
        String asked = index.describe(node) + " 0x" + Long.toHexString(index.objectId(node));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> GuiSteps.label(robot, "#paths-header").startsWith("What keeps " + asked + " alive:"));
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsRetainedBytesShareAndObject(FxRobot robot) throws Exception {
        List<DominatorRow> rows = rows(showTopLevel(robot));
        TreeTableView<DominatorRow> tree = tree(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            tree.getSelectionModel().selectRange(0, 2);
            tree.requestFocus();
        }).get();
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        String nl = System.lineSeparator();
        assertEquals(rows.get(0).retained() + "\t" + rows.get(0).percent() + "\t" + rows.get(0).label() + nl
                + rows.get(1).retained() + "\t" + rows.get(1).percent() + "\t" + rows.get(1).label() + nl, copied);
    }

    @Test
    void anotherDumpStartsAfreshAndNoDumpSaysSo(FxRobot robot) throws Exception {
        TreeItem<DominatorRow> first = showTopLevel(robot);
        // the second of the three dumps: a smaller cache, so other sizes
        GuiSteps.openAndWait(explorer, ScenarioDumps.produce(Scenario.STATIC_CACHE, Variant.DEFAULT).dumps().get(1));
        HeapIndex older = explorer.dumps().get(1).index();
        TreeItem<DominatorRow> top = GuiSteps.onFx(() -> tree(robot).getRoot());
        assertTrue(top != first);
        waitUntilFetched(top);
        DominatorRow largest = rows(top).get(0);
        assertEquals(older.retainedSize(largest.node()), largest.retained());
        assertTrue(GuiSteps.label(robot, "#dominators-header").contains(Sizes.grouped(older.graphBytes()) + " bytes"));

        UserSteps.closeAll(explorer);
        assertEquals("No dump open.", GuiSteps.label(robot, "#dominators-header"));
        assertTrue(GuiSteps.onFx(() -> tree(robot).getRoot()) == null);
    }
}
