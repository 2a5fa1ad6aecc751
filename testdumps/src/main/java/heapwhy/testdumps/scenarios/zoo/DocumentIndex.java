package heapwhy.testdumps.scenarios.zoo;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Search terms per document, weakly keyed so that an entry goes when its document does. But each value
 * refers to its key strongly, through the map's own strong reference to the value, so no key is ever cleared.
 */
final class DocumentIndex {
    static final Map<DocumentKey, IndexedDocument> BY_KEY = new WeakHashMap<>();

    private DocumentIndex() {
    }

    static void index(IndexedDocument document) {
        BY_KEY.put(document.key(), document);
    }
}
