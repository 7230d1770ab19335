package binance_test

import (
	"strings"
	"testing"

	"github.com/navarb/navarb/venues/binance"
)

func TestNewValidatesOptions(t *testing.T) {
	tests := []struct {
		name string
		o    binance.Options
		want string // in the error; "" for none
	}{
		{"market data only", binance.Options{BaseURL: "http://x", Symbols: []string{"ETHUSDT"}}, ""},
		{"spot symbols need a base URL", binance.Options{Symbols: []string{"ETHUSDT"}}, "BaseURL"},
		{"futures symbols need a futures URL", binance.Options{FuturesSymbols: []string{"ETHUSDT"}}, "FuturesBaseURL"},
		{"symbols are upper case", binance.Options{BaseURL: "http://x", Symbols: []string{"ethusdt"}}, "upper case"},
		{"client id prefix charset", binance.Options{ClientIDPrefix: "a-b"}, "ClientIDPrefix"},
	}
	for _, tt := range tests {
		c, err := binance.New(tt.o)
		switch {
		case tt.want == "" && (err != nil || c == nil):
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: err = %v, want one about %s", tt.name, err, tt.want)
		}
	}
}
