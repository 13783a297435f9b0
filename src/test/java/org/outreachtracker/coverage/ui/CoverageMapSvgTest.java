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
        try (var reader = new InputStreamReader(
                CoverageMapSvgTest.class.getClassLoader().getResourceAsStream("db/data/countries.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                countries.add(new String[] {row.get("alpha2"), row.get("name")});
            }
        }
    }

    @Test
    void everyCountryOfTheReferenceDataHasAnOutlineOrAMarker() {
        assertThat(shapes.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        countries.stream().map(c -> c[0]).toList());
        assertThat(shapes.get("FR").isMarker()).isFalse();
        assertThat(shapes.get("SG").isMarker())
                .as("Singapore is too small for 1:110m")
                .isTrue();
        assertThat(shapes.get("MT").isMarker()).isTrue();
    }

    @Test
    void everyCountryIsDrawnWithItsIsoCodeAndAnAccessibleName() throws Exception {
        List<CoverageMapSvg.Entry> entries = countries.stream()
                .map(c -> new CoverageMapSvg.Entry(c[0], c[1], CoverageStatus.NOT_APPROACHED, "", true))
                .toList();

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
        assertThat(codes)
                .containsExactlyInAnyOrderElementsOf(
                        countries.stream().map(c -> c[0]).toList());
        int markers = 0;
        NodeList circles = svg.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            markers += ((Element) circles.item(i)).getAttribute("class").startsWith("marker") ? 1 : 0;
        }
        assertThat(markers).isEqualTo((int)
                shapes.values().stream().filter(WorldShapes.Shape::isMarker).count());
    }

    @Test
    void namesAndDetailsAreEscaped() throws Exception {
        String hostile = "<img src=x onerror=alert(1)> & \"quoted\"";
        String svgText = CoverageMapSvg.render(
                shapes,
                List.of(new CoverageMapSvg.Entry(
                        "FR", hostile, CoverageStatus.SUPPORTIVE, "</title><script>alert(2)</script>", true)),
                "Map of \"everything\"");

        assertThat(svgText).doesNotContain("<img").doesNotContain("<script").contains("&lt;img src=x");
        Element france = (Element) parse(svgText).getElementsByTagName("g").item(0);
        assertThat(france.getAttribute("aria-label")).startsWith(hostile + ": Supportive");
        assertThat(france.getElementsByTagName("title").item(0).getTextContent())
                .contains("</title><script>");
    }

    @Test
    void eachStatusHasItsOwnFillAndTheUnreachedOnesAPattern() throws Exception {
        Document svg = parse(CoverageMapSvg.render(
                shapes,
                List.of(
                        new CoverageMapSvg.Entry("FR", "France", CoverageStatus.REJECTED, "", true),
                        new CoverageMapSvg.Entry("DE", "Germany", CoverageStatus.NOT_APPROACHED, "", true),
                        new CoverageMapSvg.Entry("SG", "Singapore", CoverageStatus.PENDING, "", true),
                        new CoverageMapSvg.Entry("IT", "Italy", CoverageStatus.SUPPORTIVE, "", false)),
                "map"));

        assertThat(shapeOf(svg, "FR").getAttribute("class")).isEqualTo("ot-fill-rejected");
        assertThat(shapeOf(svg, "FR").hasAttribute("fill"))
                .as("the colour comes from the palette's class")
                .isFalse();
        assertThat(shapeOf(svg, "DE").getAttribute("fill")).isEqualTo("url(#map-pattern-not_approached)");
        assertThat(shapeOf(svg, "SG").getAttribute("fill")).isEqualTo("url(#map-pattern-pending)");
        assertThat(svg.getElementsByTagName("pattern").getLength()).isEqualTo(2);
        List<Element> outside = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").contains("outside")) {
                outside.add((Element) groups.item(i));
            }
        }
        assertThat(outside)
                .as("Italy, outside the chosen bureau")
                .singleElement()
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

    @Test
    void theMapLeavesSeaAroundTheArcticCoastsAndEveryOtherEdge() throws Exception {
        List<CoverageMapSvg.Entry> entries = countries.stream()
                .map(c -> new CoverageMapSvg.Entry(c[0], c[1], CoverageStatus.NOT_APPROACHED, "", true))
                .toList();
        Document svg = parse(CoverageMapSvg.render(shapes, entries, "Coverage map"));
        double[] box = java.util.Arrays.stream(
                        svg.getDocumentElement().getAttribute("viewBox").split(" "))
                .mapToDouble(Double::parseDouble)
                .toArray();

        // Greenland and Canada's Arctic islands reach 83.7°N, Chukotka the 180th meridian: the widest
        // outline drawn (the chosen country's halo, 5 units, half of it outside the coast) must fit.
        double[] extent = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        String[] north = {""};
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            String country = ((Element) path.getParentNode()).getAttribute("data-country");
            if (country.isEmpty()) {
                continue; // a pattern's line
            }
            var points = java.util.regex.Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)")
                    .matcher(path.getAttribute("d"));
            while (points.find()) {
                double x = Double.parseDouble(points.group(1));
                double y = Double.parseDouble(points.group(2));
                if (y < extent[1]) {
                    north[0] = country;
                }
                extent[0] = Math.min(extent[0], x);
                extent[1] = Math.min(extent[1], y);
                extent[2] = Math.max(extent[2], x);
                extent[3] = Math.max(extent[3], y);
            }
        }
        NodeList circles = svg.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            if (circle.getAttribute("class").startsWith("marker")) {
                double r = Double.parseDouble(circle.getAttribute("r"));
                extent[0] = Math.min(extent[0], Double.parseDouble(circle.getAttribute("cx")) - r);
                extent[1] = Math.min(extent[1], Double.parseDouble(circle.getAttribute("cy")) - r);
                extent[2] = Math.max(extent[2], Double.parseDouble(circle.getAttribute("cx")) + r);
                extent[3] = Math.max(extent[3], Double.parseDouble(circle.getAttribute("cy")) + r);
            }
        }
        double room = 2.5;
        assertThat(north[0]).as("the northernmost land").isEqualTo("GL");
        assertThat(extent[1] - box[1]).as("sea above Greenland").isGreaterThanOrEqualTo(room);
        assertThat(extent[0] - box[0]).as("sea west of the westernmost land").isGreaterThanOrEqualTo(room);
        assertThat(box[0] + box[2] - extent[2])
                .as("sea east of the easternmost land")
                .isGreaterThanOrEqualTo(room);
        assertThat(box[1] + box[3] - extent[3])
                .as("sea south of Tierra del Fuego")
                .isGreaterThanOrEqualTo(room);
    }

    @Test
    void theChosenCountryIsOutlinedInALayerThatLinesUpWithTheMap() throws Exception {
        Document map = parse(CoverageMapSvg.render(shapes, List.of(), "map"));
        Document france = parse(CoverageMapSvg.selection(shapes.get("FR")));
        Document malta = parse(CoverageMapSvg.selection(shapes.get("MT")));
        Document none = parse(CoverageMapSvg.selection(null));

        assertThat(france.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo(map.getDocumentElement().getAttribute("viewBox"));
        assertThat(france.getDocumentElement().getAttribute("aria-hidden")).isEqualTo("true");
        Element outlined = (Element) france.getElementsByTagName("g").item(0);
        assertThat(outlined.getAttribute("data-selected")).isEqualTo("FR");
        assertThat(((Element) outlined.getElementsByTagName("path").item(1)).getAttribute("d"))
                .isEqualTo(shapes.get("FR").path());
        assertThat(malta.getElementsByTagName("circle").getLength())
                .as("a small country's marker, ringed")
                .isEqualTo(2);
        assertThat(none.getElementsByTagName("g").getLength()).isZero();
    }

    @Test
    void countriesKnowWhichHalfOfTheMapTheyLieIn() {
        assertThat(shapes.get("JP").isEastern()).isTrue();
        assertThat(shapes.get("RU").isEastern()).isTrue();
        assertThat(shapes.get("BR").isEastern()).isFalse();
        assertThat(shapes.get("US").isEastern()).isFalse();
        assertThat(shapes.get("SG").isEastern()).as("a marker").isTrue();
    }

    private static Element shapeOf(Document svg, String code) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (code.equals(group.getAttribute("data-country"))) {
                return (Element)
                        (group.getElementsByTagName("path").getLength() > 0
                                ? group.getElementsByTagName("path").item(0)
                                : group.getElementsByTagName("circle").item(0));
            }
        }
        throw new AssertionError(code + " is not on the map");
    }

    /** Parses the SVG as XML: it must be well-formed, with every text escaped. */
    @Test
    void namesInAnyScriptReachTheTitlesIntactAndTheSvgStaysWellFormed() throws Exception {
        List<CoverageMapSvg.Entry> entries = List.of(
                new CoverageMapSvg.Entry("CN", "中华人民共和国", CoverageStatus.NOT_APPROACHED, "", true),
                new CoverageMapSvg.Entry("EG", "مصر", CoverageStatus.NOT_APPROACHED, "القاهرة — 上海 <b>&", true),
                new CoverageMapSvg.Entry("KR", "대한민국", CoverageStatus.NOT_APPROACHED, "", true));

        Document svg = parse(CoverageMapSvg.render(shapes, entries, "خريطة التغطية"));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("خريطة التغطية");
        List<String> titles = new ArrayList<>();
        NodeList found = svg.getElementsByTagName("title");
        for (int i = 0; i < found.getLength(); i++) {
            titles.add(found.item(i).getTextContent());
        }
        assertThat(titles).hasSize(3);
        assertThat(titles.get(0)).startsWith("中华人民共和国");
        assertThat(titles.get(1)).startsWith("مصر").contains("القاهرة — 上海 <b>&");
        assertThat(titles.get(2)).startsWith("대한민국");
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
