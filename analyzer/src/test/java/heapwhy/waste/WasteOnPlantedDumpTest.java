package heapwhy.waste;

import heapwhy.graph.HeapIndex;
import heapwhy.graph.IndexOptions;
import heapwhy.hprof.BasicType;
import heapwhy.hprof.ProgressListener;
import heapwhy.layout.HeapLayout;
import heapwhy.testdumps.Scenario;
import heapwhy.testdumps.ScenarioDumps;
import heapwhy.testdumps.Variant;
import heapwhy.testdumps.scenarios.waste.WasteExpectations;
import heapwhy.testdumps.scenarios.waste.WasteExpectations.Expectation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the WASTE scenario's real dump, each inspection finds exactly what was planted in each field: the wasted
 * bytes {@link WasteExpectations} computes from the planted counts and the layout the dump's JVM used, on JDK
 * 17 with and without compressed oops and class pointers, and on the other JDK.
 */
class WasteOnPlantedDumpTest {
    @TempDir
    static Path tmp;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"DEFAULT", "NO_COMPRESSED_OOPS", "NO_COMPRESSED_CLASS_POINTERS", "OTHER_JDK"})
    void eachPlantedFieldWastesWhatItsCountsAndTheLayoutSay(Variant variant) throws IOException {
        if (variant == Variant.OTHER_JDK) {
            Assumptions.assumeTrue(ScenarioDumps.otherJdk().isPresent(), "no other JDK on this machine");
        }
        Path dump = ScenarioDumps.produce(Scenario.WASTE, variant).dumps().get(0);
        try (HeapIndex index = HeapIndex.open(dump, IndexOptions.defaults().withIndexDir(tmp.resolve(variant.name())),
                ProgressListener.NONE)) {
            HeapLayout layout = index.facts().layout();
            WasteExpectations.Layout planted = new WasteExpectations.Layout(layout.headerBytes(),
                    layout.referenceBytes(), layout.objectAlignment(), layout.arrayBaseOffset(BasicType.BYTE),
                    layout.arrayBaseOffset(BasicType.LONG));
            WasteReport report = Waste.find(index, new WasteQuery(Set.of(), 1_000));
            List<String> wrong = new ArrayList<>();
            int checked = 0;
            for (Expectation expected : WasteExpectations.all(planted)) {
                WasteKind kind = WasteKind.byOption(expected.inspection());
                if (kind == null) {
                    continue;
                }
                checked++;
                long found = wastedBy(report, kind, expected.owner());
                // the one zero-length array kept per type may be one of the JDK's own, so every planted one is waste
                boolean right = found == expected.wastedBytes() || kind == WasteKind.ZERO_LENGTH_ARRAYS
                        && found == expected.bytes();
                if (!right) {
                    wrong.add(expected.owner() + " " + kind.option() + ": expected " + expected.wastedBytes()
                            + " wasted bytes, found " + found);
                }
            }
            assertEquals(12, checked, "the planted kinds this engine inspects");
            assertEquals(List.of(), wrong, variant + " (" + layout.describe() + ")");
        }
    }

    private static long wastedBy(WasteReport report, WasteKind kind, String owner) {
        for (WasteFinding finding : report.findings()) {
            if (finding.kind() == kind) {
                return finding.owners().stream().filter(o -> o.name().equals(owner)).mapToLong(WasteOwner::bytes)
                        .sum();
            }
        }
        return -1;
    }
}
