package binance

import (
	"strings"
	"testing"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
)

// TestMalformedNumbersAreErrors: a malformed exchange number is an error
// naming the venue and the field, never a silent zero.
func TestMalformedNumbersAreErrors(t *testing.T) {
	cases := []struct {
		name string
		run  func() error
		want string // "" = no error
	}{
		{"balances ok", func() error {
			_, err := spotBalances("binance", &gobinance.Account{Balances: []gobinance.Balance{{Asset: "ETH", Free: "1.5", Locked: ""}}})
			return err
		}, ""},
		{"balance free", func() error {
			_, err := spotBalances("binance", &gobinance.Account{Balances: []gobinance.Balance{{Asset: "ETH", Free: "1.5x", Locked: "0"}}})
			return err
		}, `binance: account: field ETH.free: "1.5x"`},
		{"exponent", func() error {
			_, err := futBalances("binance-usdm", &futures.Account{Assets: []*futures.AccountAsset{{Asset: "USDT", WalletBalance: "1e400"}}})
			return err
		}, `binance-usdm: account: field USDT.walletBalance`},
		{"order price", func() error {
			_, err := wireOrder{Symbol: "ETHUSDT", ClientID: "c1", Price: "NaN", Qty: "1"}.order("binance")
			return err
		}, `binance: order ETHUSDT c1: field price: "NaN"`},
		{"position", func() error {
			_, err := positions("binance-usdm", []*futures.PositionRisk{{Symbol: "ETHUSDT", PositionAmt: "1", EntryPrice: " 3000"}})
			return err
		}, `position ETHUSDT: field entryPrice`},
		{"fees", func() error {
			_, err := futFees("binance-usdm", "ETHUSDT", &futures.CommissionRate{MakerCommissionRate: "0.0002", TakerCommissionRate: "--1"})
			return err
		}, `field takerCommissionRate`},
		{"trade", func() error {
			_, err := spotTrades("binance", "ETHUSDT", []*gobinance.TradeV3{{ID: 4, Price: "3000", Quantity: "1", Commission: "0.1.2"}})
			return err
		}, `binance: trade ETHUSDT 4: field commission`},
		{"execution report", func() error {
			e := &gobinance.WsUserDataEvent{Event: gobinance.UserDataEventTypeExecutionReport}
			e.OrderUpdate.Symbol, e.OrderUpdate.ClientOrderId, e.OrderUpdate.ExecutionType = "ETHUSDT", "c2", "TRADE"
			e.OrderUpdate.LatestPrice = "3,000"
			_, _, err := spotUserEvent("binance", e)
			return err
		}, `binance: executionReport ETHUSDT c2: field L`},
		{"negative balance change is a number", func() error {
			e := &gobinance.WsUserDataEvent{Event: gobinance.UserDataEventTypeBalanceUpdate}
			e.BalanceUpdate.Asset, e.BalanceUpdate.Change = "USDT", "-12.5"
			_, _, err := spotUserEvent("binance", e)
			return err
		}, ""},
		{"listen key", func() error { return checkListenKey("abc/../x") }, "listen key has a byte"},
	}
	for _, tc := range cases {
		err := tc.run()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
