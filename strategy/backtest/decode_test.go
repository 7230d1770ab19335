package backtest_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
)

// A malformed line fails the decode with its line number.
func TestMalformedLineFailsWithItsNumber(t *testing.T) {
	good := []string{bookLine(0, 3000), poolLine(0, "100000", "3000000")}
	cases := []struct {
		name string
		line string
		want string
	}{
		{"not json", `{"t":"2026-01-05T00:00:01Z","type":"nav"`, "unterminated"},
		{"trailing text", navLine(1, "30") + " x", "after the object"},
		{"no type", `{"t":"2026-01-05T00:00:01Z"}`, "type: required"},
		{"no time", `{"type":"nav","token":"ETH2X","nav":"30"}`, "t: required"},
		{"bad time", `{"t":"yesterday","type":"nav","token":"ETH2X","nav":"30"}`, "not an RFC 3339 time"},
		{"time goes backwards", `{"t":"2026-01-04T23:59:59Z","type":"nav","token":"ETH2X","nav":"30"}`, "before the previous line"},
		{"nav not a number", navLine(1, "thirty"), "is not a decimal"},
		{"nav zero", navLine(1, "0"), "want > 0"},
		{"nav source", `{"t":"2026-01-05T00:00:01Z","type":"nav","token":"ETH2X","nav":"30","source":"oracle"}`, "source"},
		{"book level", `{"t":"2026-01-05T00:00:01Z","type":"book","venue":"b","symbol":"ETHUSDT","bids":[["x","1"]],"asks":[]}`, "bids"},
		{"book negative qty", `{"t":"2026-01-05T00:00:01Z","type":"book","venue":"b","symbol":"ETHUSDT","bids":[["1","-1"]],"asks":[]}`, "qty >= 0"},
		{"book not pairs", `{"t":"2026-01-05T00:00:01Z","type":"book","venue":"b","symbol":"ETHUSDT","bids":[["1"]],"asks":[]}`, "pairs"},
		{"swap unknown pool", `{"t":"2026-01-05T00:00:01Z","type":"swap","venue":"sim","pool":"X","base_delta":"1","quote_delta":"-1"}`, "no pool line"},
		{"swap two inputs", swapLine(1, "1", "1"), "want one positive"},
		{"swap too precise", swapLine(1, "-1", "1.0000001"), "more than 6 decimals"},
		{"pool too precise", poolLine(1, "1", "1.0000001"), "more than 6 decimals"},
		{"gas missing price", `{"t":"2026-01-05T00:00:01Z","type":"gas","chain":"sim","base_fee_gwei":"1","tip_gwei":"0"}`, "native_usd: required"},
		{"issuer fee", `{"t":"2026-01-05T00:00:01Z","type":"issuer","token":"ETH2X","mint_fee_bps":10000,"redeem_fee_bps":1}`, "fees"},
		{"late header", `{"t":"2026-01-05T00:00:01Z","type":"header"}`, "first line"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Join(append(append([]string{}, good...), tc.line, navLine(2, "30")), "\n")
			_, err := backtest.Decode(strings.NewReader(in), backtest.DecodeOptions{})
			if err == nil {
				t.Fatal("want an error")
			}
			if !errors.Is(err, backtest.ErrMalformed) {
				t.Errorf("error %v does not wrap ErrMalformed", err)
			}
			if !strings.Contains(err.Error(), "line 3:") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q: want line 3 and %q", err, tc.want)
			}
		})
	}
}

// Unknown event types are skipped and counted; blank lines and CRLF line
// ends are fine; unknown fields are ignored.
func TestUnknownTypesSkippedAndCounted(t *testing.T) {
	in := strings.Join([]string{
		`{"t":"2026-01-05T00:00:00Z","type":"header","format":"navarb-events/1","seed":7,"source":"test"}`,
		bookLine(0, 3000),
		`{"t":"2026-01-05T00:00:01Z","type":"funding","rate":"0.0001"}`,
		"",
		`{"t":"2026-01-05T00:00:01Z","type":"funding","rate":"0.0002","nested":{"a":[1,{"b":"]"}]}}`,
		`{"t":"2026-01-05T00:00:02Z","type":"liquidation"}` + "\r",
		navLine(3, "30") + "\r",
		`{"t":"2026-01-05T00:00:04Z","type":"nav","token":"ETH2X","nav":"31","source":"issuer","extra_field":[1,2]}`,
	}, "\n")
	s, err := backtest.Decode(strings.NewReader(in), backtest.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Len(), 3; got != want {
		t.Errorf("events = %d, want %d", got, want)
	}
	if got, want := s.Skipped, map[string]uint64{"funding": 2, "liquidation": 1}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("skipped = %v, want %v", got, want)
	}
	if s.Lines != 8 || s.Header.Seed != 7 || s.Header.Source != "test" {
		t.Errorf("lines %d header %+v", s.Lines, s.Header)
	}
	if n, ok := s.Event(2).(*venues.NAVUpdate); !ok || n.NAV != 31 {
		t.Errorf("last event %+v", s.Event(2))
	}
}

// Gzip'd and plain streams decode alike; the content, not the name, says.
func TestGzipDetected(t *testing.T) {
	lines := world(20, 30.3, nil)
	plain := strings.Join(lines, "\n")
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte(plain))
	zw.Close()
	a, err := backtest.Decode(strings.NewReader(plain), backtest.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := backtest.Decode(&zb, backtest.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Len() != len(lines) || a.Len() != b.Len() {
		t.Fatalf("events %d and %d, want %d", a.Len(), b.Len(), len(lines))
	}
	for i := range a.Len() {
		if x, y := fmt.Sprintf("%+v", a.Event(i)), fmt.Sprintf("%+v", b.Event(i)); x != y {
			t.Fatalf("event %d: %s vs %s", i, x, y)
		}
	}
}

// Book diffs apply to the last snapshot: quantity 0 deletes a level, a new
// price inserts one in order. Depth books keep their levels best first;
// other books keep only their best level a side.
func TestBookDiffs(t *testing.T) {
	lines := []string{
		`{"t":"2026-01-05T00:00:00Z","type":"book","venue":"x","symbol":"ETH2XUSD","snapshot":true,"bids":[["29.8","3"],["29.9","1"],["29.7","0"]],"asks":[["30.2","5"],["30.1","2"]]}`,
		`{"t":"2026-01-05T00:00:01Z","type":"book","venue":"x","symbol":"ETH2XUSD","snapshot":false,"bids":[["29.9","0"],["29.85","4"]],"asks":[["30.1","7"],["30.15","1"]]}`,
		`{"t":"2026-01-05T00:00:01Z","type":"book","venue":"x","symbol":"ETHUSDT","bids":[["2999","1"],["2999.5","2"]],"asks":[["3001","1"],["3000.5","3"]]}`,
		`{"t":"2026-01-05T00:00:02Z","type":"book","venue":"x","symbol":"ETHUSDT","snapshot":false,"bids":[["2999.5","0"]],"asks":[],"stale":true}`,
	}
	s := decode(t, lines...)
	want := []string{
		"bids [{29.9 1} {29.8 3}] asks [{30.1 2} {30.2 5}] stale false",
		"bids [{29.85 4} {29.8 3}] asks [{30.1 7} {30.15 1} {30.2 5}] stale false",
		"bids [{2999.5 2}] asks [{3000.5 3}] stale false",
		"bids [{2999 1}] asks [{3000.5 3}] stale true",
	}
	for i, w := range want {
		b := s.Event(i).(*venues.BookUpdate)
		if got := fmt.Sprintf("bids %v asks %v stale %v", b.Bids, b.Asks, b.Stale); got != w {
			t.Errorf("event %d: %s\nwant     %s", i, got, w)
		}
	}
}

// Decimals decode to exactly the float64 strconv gives, through the fast
// path and the slow one.
func TestNumbersDecodeExactly(t *testing.T) {
	vals := []string{"0", "0.05", "0.1", "0.3", "2998.95", "2998.9500000000003", "29.99999993",
		"123456789012345", "0.000000000000001", "3000.15", "1e-3", "0.019999999953703704", "007.50"}
	for v := 1; v < 3000; v += 7 {
		vals = append(vals, strconv.FormatFloat(float64(v)*0.37, 'f', -1, 64))
	}
	var lines []string
	for i, v := range vals {
		lines = append(lines, fmt.Sprintf(`{"t":%q,"type":"gas","chain":"c","base_fee_gwei":%q,"tip_gwei":%s,"native_usd":"1"}`, ts(float64(i)), v, v))
	}
	s := decode(t, lines...)
	for i, v := range vals {
		want, _ := strconv.ParseFloat(v, 64)
		g := s.Event(i).(*venues.GasUpdate)
		if g.BaseFeeGwei != want || g.TipGwei != want {
			t.Errorf("%s decoded as %v (string) and %v (number), want %v", v, g.BaseFeeGwei, g.TipGwei, want)
		}
	}
}

// A line longer than the read buffer decodes.
func TestLongLine(t *testing.T) {
	note := strings.Repeat("n", 5<<20)
	s := decode(t, fmt.Sprintf(`{"t":%q,"type":"header","note":%q}`, ts(0), note), navLine(1, "30"))
	if len(s.Header.Note) != len(note) || s.Len() != 1 {
		t.Errorf("note %d bytes, %d events", len(s.Header.Note), s.Len())
	}
}

// Names with JSON escapes decode.
func TestEscapedStrings(t *testing.T) {
	s := decode(t, `{"t":"2026-01-05T00:00:00Z","type":"nav","token":"ETH\u00322X \"q\"","nav":"1"}`)
	if n := s.Event(0).(*venues.NAVUpdate); n.Token != `ETH22X "q"` {
		t.Errorf("token %q", n.Token)
	}
}
