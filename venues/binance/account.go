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
	return Fees{
		Maker: dec(r.StandardCommission.Maker).Add(dec(r.TaxCommission.Maker)),
		Taker: dec(r.StandardCommission.Taker).Add(dec(r.TaxCommission.Taker)),
	}, nil
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
	return Fees{Maker: dec(r.MakerCommissionRate), Taker: dec(r.TakerCommissionRate)}, nil
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
	out := make([]venues.Balance, 0, len(a.Balances))
	for _, b := range a.Balances {
		v := venues.Balance{Asset: b.Asset, Free: dec(b.Free), Locked: dec(b.Locked)}
		if !v.Free.IsZero() || !v.Locked.IsZero() {
			out = append(out, v)
		}
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
	out := make([]venues.Balance, 0, len(a.Assets))
	for _, b := range a.Assets {
		v := venues.Balance{Asset: b.Asset, Free: dec(b.WalletBalance)}
		if !v.Free.IsZero() {
			out = append(out, v)
		}
	}
	return out, nil
}
