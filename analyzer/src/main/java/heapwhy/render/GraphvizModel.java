package heapwhy.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Color;
import guru.nidi.graphviz.attribute.Font;
import guru.nidi.graphviz.attribute.ForNode;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.attribute.Style;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds graphviz-java's model of a {@link PathGraph} in the style of objgraph's show_backrefs: boxes with the
 * class on the first line and the value below, arrows from holder to held labelled with the step, GC roots at the
 * top. Roots are double light-green boxes, targets orange, "more" boxes dashed grey. Only Graphviz's default font
 * is used, so a bare Debian with the graphviz package draws it.
 */
final class GraphvizModel {

    private static final Color ROOT_FILL = Color.rgb("d4f4d4");
    private static final Color TARGET_FILL = Color.rgb("ffc87a");
    private static final Color MORE_FILL = Color.rgb("f0f0f0");
    private static final Color MORE_LINE = Color.rgb("808080");
    private static final Color EDGE_LABEL = Color.rgb("404040");

    private GraphvizModel() {
    }

    /**
     * @throws IllegalArgumentException if two nodes share an id or an edge names an id that is not a node
     */
    static MutableGraph of(PathGraph picture) {
        MutableGraph graph = mutGraph("heapwhy").setDirected(true);
        graph.graphAttrs().add(Rank.dir(Rank.RankDir.TOP_TO_BOTTOM));
        if (picture.title() != null && !picture.title().isEmpty()) {
            graph.graphAttrs().add(LabelText.of(picture.title()).locate(Label.Location.TOP));
            graph.graphAttrs().add(Font.size(16));
        }
        graph.nodeAttrs().add(Shape.BOX, Style.FILLED, Color.WHITE.fill(), Font.size(11));
        graph.linkAttrs().add(Font.size(9), EDGE_LABEL.font());

        // Graphviz names are generated ("n0", "n1", ...): the model's ids are never part of the DOT text.
        Map<String, MutableNode> byId = new HashMap<>();
        int index = 0;
        for (PathGraph.Node node : picture.nodes()) {
            MutableNode box = mutNode("n" + index++)
                    .add(LabelText.of(node.title(), node.detail()))
                    .add(style(node.kind()));
            if (byId.putIfAbsent(node.id(), box) != null) {
                throw new IllegalArgumentException("Two nodes have the id " + node.id());
            }
            graph.add(box);
        }
        for (PathGraph.Edge edge : picture.edges()) {
            MutableNode from = node(byId, edge.from());
            MutableNode to = node(byId, edge.to());
            Link link = Link.to(to);
            if (edge.label() != null && !edge.label().isEmpty()) {
                link = link.with(LabelText.of(edge.label()));
            }
            from.addLink(link);
        }
        return graph;
    }

    private static MutableNode node(Map<String, MutableNode> byId, String id) {
        MutableNode node = byId.get(id);
        if (node == null) {
            throw new IllegalArgumentException("An edge names " + id + ", which is not a node");
        }
        return node;
    }

    private static Attributes<? extends ForNode> style(PathGraph.Kind kind) {
        switch (kind) {
            case ROOT:
                return Attributes.attrs(ROOT_FILL.fill(), Attributes.attr("peripheries", 2));
            case TARGET:
                return Attributes.attrs(TARGET_FILL.fill(), Style.lineWidth(2));
            case MORE:
                return Attributes.attrs(MORE_FILL.fill(), MORE_LINE, MORE_LINE.font(),
                        Style.combine(Style.DASHED, Style.FILLED));
            case OBJECT:
            default:
                return Attributes.attrs(Color.WHITE.fill());
        }
    }
}
