package binance

import (
	"context"
	"fmt"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// Fees are an account's commission rates on a symbol, as fractions of the
// notional (0.001 = 10 bps).
type Fees struct {
	Maker, Taker decimal.Decimal
}

// Fees reads the account's spot commission on a symbol from
// /api/v3/account/commission: the standard rate plus any tax rate.
func (c *Client) Fees(ctx context.Context, symbol string) (Fees, error) {
	var r *gobinance.CommissionRatesResponse
	err := c.api.call(ctx, false, func(ctx context.Context) (err error) {
		r, err = c.api.spot().NewGetCommissionRatesService().Symbol(symbol).Do(ctx)
		return err
	})
	if err != nil {
		return Fees{}, fmt.Errorf("%s: fees %s: %w", c.o.Venue, symbol, err)
	}
	return spotFees(c.o.Venue, symbol, r)
}

func spotFees(venue, symbol string, r *gobinance.CommissionRatesResponse) (Fees, error) {
	n := numbers{venue: venue, msg: "commission " + symbol}
	f := Fees{
		Maker: n.dec("standardCommission.maker", r.StandardCommission.Maker).Add(n.dec("taxCommission.maker", r.TaxCommission.Maker)),
		Taker: n.dec("standardCommission.taker", r.StandardCommission.Taker).Add(n.dec("taxCommission.taker", r.TaxCommission.Taker)),
	}
	return f, n.err
}

// FuturesFees reads the account's USD-M commission on a symbol from
// /fapi/v1/commissionRate.
func (c *Client) FuturesFees(ctx context.Context, symbol string) (Fees, error) {
	var r *futures.CommissionRate
	err := c.api.call(ctx, true, func(ctx context.Context) (err error) {
		r, err = c.api.fut().NewCommissionRateService().Symbol(symbol).Do(ctx)
		return err
	})
	if err != nil {
		return Fees{}, fmt.Errorf("%s: fees %s: %w", c.FuturesVenue(), symbol, err)
	}
	return futFees(c.FuturesVenue(), symbol, r)
}

func futFees(venue, symbol string, r *futures.CommissionRate) (Fees, error) {
	n := numbers{venue: venue, msg: "commission " + symbol}
	f := Fees{Maker: n.dec("makerCommissionRate", r.MakerCommissionRate), Taker: n.dec("takerCommissionRate", r.TakerCommissionRate)}
	return f, n.err
}

// Balances reads the spot account's non-zero balances.
func (c *Client) Balances(ctx context.Context) ([]venues.Balance, error) {
	var a *gobinance.Account
	err := c.api.call(ctx, false, func(ctx context.Context) (err error) {
		a, err = c.api.spot().NewGetAccountService().Do(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: balances: %w", c.o.Venue, err)
	}
	return spotBalances(c.o.Venue, a)
}

func spotBalances(venue string, a *gobinance.Account) ([]venues.Balance, error) {
	n := numbers{venue: venue, msg: "account"}
	out := make([]venues.Balance, 0, len(a.Balances))
	for _, b := range a.Balances {
		v := venues.Balance{Asset: b.Asset, Free: n.dec(b.Asset+".free", b.Free), Locked: n.dec(b.Asset+".locked", b.Locked)}
		if !v.Free.IsZero() || !v.Locked.IsZero() {
			out = append(out, v)
		}
	}
	if n.err != nil {
		return nil, n.err
	}
	return out, nil
}

// FuturesBalances reads the futures wallet balances (Free is the wallet
// balance, as the ACCOUNT_UPDATE stream event reports it; margin in use is
// not split out).
func (c *Client) FuturesBalances(ctx context.Context) ([]venues.Balance, error) {
	var a *futures.Account
	err := c.api.call(ctx, true, func(ctx context.Context) (err error) {
		a, err = c.api.fut().NewGetAccountService().Do(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: balances: %w", c.FuturesVenue(), err)
	}
	return futBalances(c.FuturesVenue(), a)
}

func futBalances(venue string, a *futures.Account) ([]venues.Balance, error) {
	n := numbers{venue: venue, msg: "account"}
	out := make([]venues.Balance, 0, len(a.Assets))
	for _, b := range a.Assets {
		v := venues.Balance{Asset: b.Asset, Free: n.dec(b.Asset+".walletBalance", b.WalletBalance)}
		if !v.Free.IsZero() {
			out = append(out, v)
		}
	}
	if n.err != nil {
		return nil, n.err
	}
	return out, nil
}
