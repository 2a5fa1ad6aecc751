package heapwhy.gui;

import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathTreeItemsTest {
    private static TreeItem<String> item(String name, int children) {
        TreeItem<String> item = new TreeItem<>(name);
        for (int i = 0; i < children; i++) {
            item.getChildren().add(new TreeItem<>(name + i));
        }
        return item;
    }

    @Test
    void aLongChainOfSingleStepsOpensToItsEnd() {
        TreeItem<String> top = new TreeItem<>("top");
        TreeItem<String> at = top;
        for (int i = 0; i < 50; i++) {
            TreeItem<String> next = new TreeItem<>("step" + i);
            at.getChildren().add(next);
            at = next;
        }
        PathTreeItems.open(top, 200);
        // every step but the last, which has nothing to open
        for (TreeItem<String> i = top.getChildren().get(0); i != at; i = i.getChildren().get(0)) {
            assertTrue(i.isExpanded(), i.getValue());
        }
    }

    @Test
    void aWideBranchStaysClosedAndLeavesRoomForItsSmallSiblings() {
        TreeItem<String> top = new TreeItem<>("top");
        TreeItem<String> map = item("map", 300);
        TreeItem<String> list = item("list", 3);
        top.getChildren().add(map);
        top.getChildren().add(list);
        list.getChildren().get(0).getChildren().add(new TreeItem<>("target"));
        PathTreeItems.open(top, 200);
        assertFalse(map.isExpanded());
        assertTrue(list.isExpanded());
        assertTrue(list.getChildren().get(0).isExpanded());
    }

    @Test
    void whatIsOpenedFitsTheLinesAllowed() {
        TreeItem<String> top = new TreeItem<>("top");
        for (int i = 0; i < 5; i++) {
            top.getChildren().add(item("branch" + i, 40));
        }
        PathTreeItems.open(top, 200);
        long open = top.getChildren().stream().filter(TreeItem::isExpanded).count();
        // 5 lines for the branches leave room for four of them opened with 40 lines each
        assertEquals(4, open);
    }
}
