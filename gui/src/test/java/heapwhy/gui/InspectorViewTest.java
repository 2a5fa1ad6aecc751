package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.inspect.FieldValue;
import heapwhy.inspect.Reference;
import heapwhy.util.ObjectIdText;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The object inspector on the static-cache dump, driven like a user, headless. */
class InspectorViewTest extends StaticCacheDumpOpen {
    private static final String MY_CACHE = "heapwhy.testdumps.scenarios.MyCache";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private HeapIndex index;

    @BeforeEach
    void readTheIndex() throws Exception {
        index = GuiSteps.onFx(() -> explorer.dumps().get(0).index());
    }

    private int myCacheMirror() {
        for (int v = 0; v < index.nodeCount(); v++) {
            if (index.isClass(v) && index.describe(v).equals("class " + MY_CACHE)) {
                return v;
            }
        }
        throw new AssertionError("no class MyCache");
    }

    private static String header(FxRobot robot) throws Exception {
        return GuiSteps.label(robot, "#inspector-header");
    }

    /** Waits until the inspector shows the object {@code what} starts with. */
    private static void waitForObject(FxRobot robot, String what) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> header(robot).startsWith(what + " ")
                && !header(robot).startsWith("Reading"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <S> int row(TableView<S> table, java.util.function.Predicate<S> which) throws Exception {
        return GuiSteps.onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (which.test(table.getItems().get(i))) {
                    return i;
                }
            }
            throw new AssertionError("no such row in " + table.getItems());
        });
    }

    private static javafx.scene.control.TableColumn<FieldValue, ?> typeColumn(TableView<FieldValue> fields) {
        return fields.getColumns().stream().filter(c -> c.getText().equals("Type")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anIdTypedShowsTheClassWhoseStaticFieldLeadsToTheMapAndBackAndForwardWalkTheVisits(FxRobot robot)
            throws Exception {
        int myCache = myCacheMirror();
        robot.clickOn("Inspector");
        robot.clickOn("#inspector-id").write(ObjectIdText.hex(index.objectId(myCache))).type(KeyCode.ENTER);
        waitForObject(robot, "class " + MY_CACHE);

        TableView<FieldValue> fields = robot.lookup("#inspector-fields").queryAs(TableView.class);
        int entries = row(fields, f -> f.name().equals("ENTRIES"));
        int map = GuiSteps.onFx(() -> fields.getItems().get(entries).node());
        assertEquals("java.util.HashMap", index.describe(map));
        assertEquals("java.util.HashMap", GuiSteps.onFx(() -> typeColumn(fields).getCellData(entries)),
                "the Type column names the class of the object held");
        WaitForAsyncUtils.asyncFx(() -> {
            fields.getSelectionModel().clearAndSelect(entries);
            fields.requestFocus();
        }).get();
        robot.type(KeyCode.ENTER);
        waitForObject(robot, "java.util.HashMap");
        assertTrue(header(robot).contains("retained " + heapwhy.util.Sizes.human(index.retainedSize(map))), header(robot));
        assertEquals("Dominated by class " + MY_CACHE + "  " + ObjectIdText.hex(index.objectId(myCache)),
                GuiSteps.onFx(() -> robot.lookup("#inspector-dominator").queryAs(javafx.scene.control.Hyperlink.class).getText()));

        TableView<Reference> referrers = robot.lookup("#inspector-referrers").queryAs(TableView.class);
        int holder = row(referrers, r -> r.node() == myCache);
        assertEquals("static MyCache.ENTRIES", GuiSteps.onFx(() -> referrers.getItems().get(holder).label()));

        robot.clickOn("#inspector-back");
        waitForObject(robot, "class " + MY_CACHE);
        robot.clickOn("#inspector-forward");
        waitForObject(robot, "java.util.HashMap");
        robot.clickOn("#inspector-fields").press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitForObject(robot, "class " + MY_CACHE);
    }

    @Test
    void inspectFromAnotherViewSwitchesTabAndPathsToGcRootsGoesOnToThePathsTab(FxRobot robot) throws Exception {
        int myCache = myCacheMirror();
        int map = index.contents().fields(myCache).stream().filter(f -> f.name().equals("ENTRIES")).findFirst().orElseThrow().node();
        WaitForAsyncUtils.asyncFx(() -> explorer.navigator().inspect(explorer.dumps().get(0), map)).get();
        waitForObject(robot, "java.util.HashMap");
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals("Inspector", GuiSteps.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText()));
        robot.clickOn("#inspector-paths");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> GuiSteps.label(robot, "#paths-header")
                .startsWith("What keeps java.util.HashMap " + ObjectIdText.hex(index.objectId(map)) + " alive"));
        assertEquals("Paths", GuiSteps.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText()));
    }

    @Test
    void anIdThatIsNotOneOrNotInTheDumpIsSaidSo(FxRobot robot) throws Exception {
        robot.clickOn("Inspector");
        robot.clickOn("#inspector-id").write("tenant-3").type(KeyCode.ENTER);
        assertEquals("Not an object id: \"tenant-3\" (0x-hex or decimal, as the CLI prints them)", header(robot));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#inspector-id").queryAs(javafx.scene.control.TextField.class).clear()).get();
        robot.clickOn("#inspector-id").write("0x1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> header(robot).equals("No object 0x1 in this dump"));
    }
}
