package backtest_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/navarb/navarb/strategy/backtest"
)

var lineRef = regexp.MustCompile(`line \d+:`)

// FuzzDecode: any recorded stream either decodes or fails with an error
// wrapping ErrMalformed that names the line; never a panic.
func FuzzDecode(f *testing.F) {
	f.Add(strings.Join([]string{bookLine(0, 3000), poolLine(0, "100000", "3000000"), navLine(1, "30"), swapLine(2, "-1", "30")}, "\n"))
	f.Add(`{"t":"2026-01-05T00:00:01Z","type":"book","venue":"b","symbol":"ETHUSDT","bids":[["1","-1"]],"asks":[]}`)
	f.Add(`{"t":"2026-01-05T00:00:01Z","type":"mystery"}` + "\n\n\r\n")
	f.Add("\x1f\x8b")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := backtest.Decode(strings.NewReader(in), backtest.DecodeOptions{})
		if err == nil {
			if s == nil {
				t.Fatal("nil stream without an error")
			}
			return
		}
		if errors.Is(err, backtest.ErrMalformed) && !lineRef.MatchString(err.Error()) {
			t.Fatalf("malformed-input error without a line number: %v", err)
		}
	})
}
