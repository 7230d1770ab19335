package ledgerdb

import (
	"fmt"
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// timeLayout is fixed-width UTC with nanoseconds, so text order is time
// order and the first 10 characters are the day.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad time %q: %w", s, err)
	}
	return t, nil
}

// dec is an exact decimal's text.
func dec(d decimal.Decimal) string { return d.String() }

// flt is a float64 plan field as the shortest decimal text that reads back
// as the same float64 (plan fields are estimates; balances are decimals).
func flt(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func parseDec(col, s string) (decimal.Decimal, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero, fmt.Errorf("column %s: %q is not a decimal: %w", col, s, err)
	}
	return d, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
