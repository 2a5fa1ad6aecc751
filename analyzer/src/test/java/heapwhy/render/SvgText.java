package heapwhy.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What an SVG from Graphviz shows: its text elements and its node and edge groups. */
final class SvgText {

    private final Document document;

    SvgText(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Graphviz's SVG names a DTD on the network: never fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every text element's content, in document order. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        NodeList list = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }

    /**
     * The text elements directly in each group of this class ("node", "edge", "graph"), joined by single spaces.
     */
    List<String> groupTexts(String groupClass) {
        List<String> result = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (groupClass.equals(g.getAttribute("class"))) {
                List<String> parts = new ArrayList<>();
                NodeList children = g.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if ("text".equals(children.item(j).getLocalName())) {
                        parts.add(children.item(j).getTextContent());
                    }
                }
                result.add(String.join(" ", parts));
            }
        }
        return result;
    }

    int count(String groupClass) {
        return groupTexts(groupClass).size();
    }
}
