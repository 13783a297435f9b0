package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.coverage.CoverageStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The map's geometry and the SVG drawn from it, without a browser. */
class CoverageMapSvgTest {

    private static Map<String, WorldShapes.Shape> shapes;
    private static List<String[]> countries;

    @BeforeAll
    static void load() throws Exception {
        shapes = new WorldShapes().shapes();
        countries = new ArrayList<>();
        try (var reader = new InputStreamReader(CoverageMapSvgTest.class.getClassLoader()
                .getResourceAsStream("db/data/countries.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                countries.add(new String[] {row.get("alpha2"), row.get("name")});
            }
        }
    }

    @Test
    void everyCountryOfTheReferenceDataHasAnOutlineOrAMarker() {
        assertThat(shapes.keySet()).containsExactlyInAnyOrderElementsOf(countries.stream().map(c -> c[0]).toList());
        assertThat(shapes.get("FR").isMarker()).isFalse();
        assertThat(shapes.get("SG").isMarker()).as("Singapore is too small for 1:110m").isTrue();
        assertThat(shapes.get("MT").isMarker()).isTrue();
    }

    @Test
    void everyCountryIsDrawnWithItsIsoCodeAndAnAccessibleName() throws Exception {
        List<CoverageMapSvg.Entry> entries = countries.stream()
                .map(c -> new CoverageMapSvg.Entry(c[0], c[1], CoverageStatus.NOT_APPROACHED, "", true)).toList();

        Document svg = parse(CoverageMapSvg.render(shapes, entries, "Coverage map"));

        NodeList groups = svg.getElementsByTagName("g");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            codes.add(group.getAttribute("data-country"));
            assertThat(group.getAttribute("tabindex")).isEqualTo("0");
            assertThat(group.getAttribute("role")).isEqualTo("button");
            assertThat(group.getAttribute("aria-label")).endsWith(": " + CoverageStatus.NOT_APPROACHED.label());
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(countries.stream().map(c -> c[0]).toList());
        int markers = 0;
        NodeList circles = svg.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            markers += "marker".equals(((Element) circles.item(i)).getAttribute("class")) ? 1 : 0;
        }
        assertThat(markers).isEqualTo((int) shapes.values().stream().filter(WorldShapes.Shape::isMarker).count());
    }

    @Test
    void namesAndDetailsAreEscaped() throws Exception {
        String hostile = "<img src=x onerror=alert(1)> & \"quoted\"";
        String svgText = CoverageMapSvg.render(shapes, List.of(new CoverageMapSvg.Entry("FR", hostile,
                CoverageStatus.SUPPORTIVE, "</title><script>alert(2)</script>", true)), "Map of \"everything\"");

        assertThat(svgText).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x");
        Element france = (Element) parse(svgText).getElementsByTagName("g").item(0);
        assertThat(france.getAttribute("aria-label")).startsWith(hostile + ": Supportive");
        assertThat(france.getElementsByTagName("title").item(0).getTextContent()).contains("</title><script>");
    }

    @Test
    void eachStatusHasItsOwnFillAndTheUnreachedOnesAPattern() throws Exception {
        Document svg = parse(CoverageMapSvg.render(shapes, List.of(
                new CoverageMapSvg.Entry("FR", "France", CoverageStatus.REJECTED, "", true),
                new CoverageMapSvg.Entry("DE", "Germany", CoverageStatus.NOT_APPROACHED, "", true),
                new CoverageMapSvg.Entry("SG", "Singapore", CoverageStatus.PENDING, "", true),
                new CoverageMapSvg.Entry("IT", "Italy", CoverageStatus.SUPPORTIVE, "", false)), "map"));

        assertThat(fillOf(svg, "FR")).isEqualTo(StatusStyle.REJECTED.colour);
        assertThat(fillOf(svg, "DE")).isEqualTo("url(#map-pattern-not_approached)");
        assertThat(fillOf(svg, "SG")).isEqualTo("url(#map-pattern-pending)");
        assertThat(svg.getElementsByTagName("pattern").getLength()).isEqualTo(2);
        assertThat(java.util.Arrays.stream(StatusStyle.values()).map(s -> s.colour).distinct().count())
                .isEqualTo(StatusStyle.values().length);
        List<Element> outside = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").contains("outside")) {
                outside.add((Element) groups.item(i));
            }
        }
        assertThat(outside).as("Italy, outside the chosen bureau").singleElement()
                .satisfies(italy -> assertThat(italy.hasAttribute("tabindex")).isFalse());
    }

    @Test
    void theEqualEarthProjectionKeepsItsKnownExtent() {
        assertThat(EqualEarth.project(0, 0)).containsExactly(0.0, 0.0);
        assertThat(EqualEarth.MAX_X).isCloseTo(2.7066, within(0.0005));
        assertThat(EqualEarth.MAX_Y).isCloseTo(1.3173, within(0.0005));
        double[] east = EqualEarth.project(30, 45);
        double[] west = EqualEarth.project(-30, -45);
        assertThat(west[0]).isCloseTo(-east[0], within(1e-12));
        assertThat(west[1]).isCloseTo(-east[1], within(1e-12));
    }

    private static String fillOf(Document svg, String code) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (code.equals(group.getAttribute("data-country"))) {
                Element shape = (Element) (group.getElementsByTagName("path").getLength() > 0
                        ? group.getElementsByTagName("path").item(0) : group.getElementsByTagName("circle").item(0));
                return shape.getAttribute("fill");
            }
        }
        throw new AssertionError(code + " is not on the map");
    }

    /** Parses the SVG as XML: it must be well-formed, with every text escaped. */
    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
