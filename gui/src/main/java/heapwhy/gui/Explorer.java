package heapwhy.gui;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.gui.dominators.DominatorView;
import heapwhy.gui.growth.GrowthView;
import heapwhy.gui.waste.WasteView;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The explorer window: the open dumps on the left, one tab per view of the current dump, and a status bar with
 * what runs in the background, its progress and a cancel button. Dumps open from the command line, File → Open
 * (Ctrl+O), the recent-files menu or by dropping files on the window.
 */
public final class Explorer {
    private final Stage stage;
    private final GuiSettings settings;
    private final RecentFiles recent;
    private final Background background;
    private final ObservableList<OpenedDump> dumps = FXCollections.observableArrayList();
    private final ListView<OpenedDump> dumpList = new ListView<>(dumps);
    private final TabPane tabs = new TabPane();
    private final List<DumpView> views = new ArrayList<>();
    private final Navigator navigator;
    private final Label error = new Label();
    private final Menu recentMenu = new Menu("Open _Recent");

    public Explorer(Stage stage, GuiSettings settings) {
        this.stage = stage;
        this.settings = settings;
        this.recent = new RecentFiles(settings.recentFile());
        this.background = new Background(this::showError);
        navigator = new Navigator(this);
        views.add(new SummaryView());
        views.add(new HistogramView(navigator));
        views.add(new DominatorView(navigator));
        views.add(new SuspectsView(navigator));
        views.add(new WasteView(navigator));
        views.add(new InspectorView(navigator));
        views.add(new PathsView(navigator));
        views.add(new GraphView(navigator));
        views.add(new GrowthView(navigator));
        for (DumpView view : views) {
            Tab tab = new Tab(view.title(), view.node());
            tab.setClosable(false);
            tab.setId("tab-" + view.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            tab.selectedProperty().addListener((o, was, now) -> view.front(now));
            tabs.getTabs().add(tab);
        }
        dumpList.setId("dumps");
        dumpList.setPlaceholder(new Label("Open a dump:\nFile → Open (Ctrl+O)\nor drop it here"));
        dumpList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showCurrent(now));

        SplitPane split = new SplitPane(dumpList, tabs);
        split.setDividerPositions(0.18);
        SplitPane.setResizableWithParent(dumpList, false);
        BorderPane root = new BorderPane(split);
        root.setTop(menuBar());
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1200, 760);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean any = e.getDragboard().hasFiles();
            if (any) {
                e.getDragboard().getFiles().forEach(f -> open(f.toPath()));
            }
            e.setDropCompleted(any);
            e.consume();
        });
        tabShortcuts(scene);
        stage.setTitle("heapwhy");
        stage.setScene(scene);
        stage.setOnHidden(e -> background.shutdown());
    }

    /** Ctrl+1 … Ctrl+9 switch to the first … ninth tab, in the order the tabs have. */
    private void tabShortcuts(Scene scene) {
        for (int i = 0; i < Math.min(9, tabs.getTabs().size()); i++) {
            Tab tab = tabs.getTabs().get(i);
            scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+" + (i + 1)),
                    () -> tabs.getSelectionModel().select(tab));
            tab.setTooltip(new javafx.scene.control.Tooltip("Ctrl+" + (i + 1)));
        }
    }

    /** Opens a dump in the background (building its index the first time) and makes it the current one. */
    public void open(Path dump) {
        error.setText("");
        for (OpenedDump d : dumps) {
            if (d.path().equals(dump)) {
                dumpList.getSelectionModel().select(d);
                return;
            }
        }
        if (!Files.isRegularFile(dump)) {
            showError(dump + ": no such file");
            return;
        }
        IndexOptions options = IndexOptions.defaults().withIndexDir(settings.indexDir());
        background.run("Opening " + dump.getFileName(), progress -> HeapIndex.open(dump, options, progress), index -> {
            OpenedDump opened = new OpenedDump(dump, index);
            dumps.add(opened);
            recent.add(dump);
            refreshRecentMenu();
            dumpList.getSelectionModel().select(opened);
        });
    }

    /** The dumps open, in the order they were opened. */
    public ObservableList<OpenedDump> dumps() {
        return dumps;
    }

    public Background background() {
        return background;
    }

    /** The dump selected on the left, or null. */
    OpenedDump current() {
        return dumpList.getSelectionModel().getSelectedItem();
    }

    /** Where the views send "paths to", "inspect" requests; tests listen on it. */
    public Navigator navigator() {
        return navigator;
    }

    /** Switches to the tab with this title. */
    void showTab(String title) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getText().equals(title)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }

    void showError(String message) {
        error.setText(message);
    }

    private void showCurrent(OpenedDump dump) {
        stage.setTitle(dump == null ? "heapwhy" : "heapwhy — " + dump.name());
        for (DumpView view : views) {
            view.show(dump);
        }
    }

    private MenuBar menuBar() {
        MenuItem openItem = new MenuItem("_Open…");
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openItem.setOnAction(e -> chooseAndOpen());
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        refreshRecentMenu();
        Menu file = new Menu("_File", null, openItem, recentMenu, quit);
        return new MenuBar(file);
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : recent.list()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open heap dumps");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Heap dumps (*.hprof, *.hprof.gz)", "*.hprof", "*.hprof.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> open(f.toPath()));
        }
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status");
        message.textProperty().bind(background.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.progressProperty().bind(background.progressProperty());
        bar.visibleProperty().bind(background.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(background.busyProperty());
        cancel.setOnAction(e -> background.cancel());
        error.setId("error");
        error.setStyle("-fx-text-fill: #b00020;");
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox bar1 = new HBox(8, message, bar, cancel, error);
        bar1.setAlignment(Pos.CENTER_LEFT);
        bar1.setPadding(new Insets(4, 8, 4, 8));
        return bar1;
    }

    /** Closes every index; for tests and for the window's end. */
    void closeAll() throws IOException {
        for (OpenedDump d : dumps) {
            d.index().close();
        }
        dumps.clear();
    }

    public static VBox padded(javafx.scene.Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(8));
        return box;
    }
}
