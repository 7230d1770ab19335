package binance

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/common"
	"github.com/adshao/go-binance/v2/futures"

	"github.com/navarb/navarb/venues"
)

// ErrUnknownOrder: the venue has no such order (Binance -2011 / -2013).
var ErrUnknownOrder = errors.New("unknown order")

// Binance error codes the connector acts on.
const (
	codeTooManyRequests = -1003
	codeTooManyOrders   = -1015
	codeUnknown         = -1000 // an unknown error while processing the request
	codeDisconnected    = -1001 // internal error; unable to process the request
	codeUnexpectedResp  = -1006 // unexpected response from the message bus; execution status unknown
	codeTimeout         = -1007 // "Timeout waiting for response from backend server. Send status unknown"
	codeTimestamp       = -1021 // timestamp outside recvWindow
	codeFilter          = -1013
	codeNewRejected     = -2010
	codeCancelRejected  = -2011
	codeNoSuchOrder     = -2013
	codeMarginShort     = -2019 // futures: margin is insufficient
	codeReduceOnly      = -2022 // futures: reduce-only order rejected
	codePostOnly        = -5022 // futures: post-only order would take
)

// rest builds go-binance clients. A fresh client per call keeps the time
// offset (set after -1021) race-free: go-binance reads it unsynchronised.
type rest struct {
	key, secret       string
	spotURL, futURL   string
	spotHTTP, futHTTP *http.Client
	spotOff, futOff   atomic.Int64 // local minus server time, ms
	timeout           time.Duration
	spotLim, futLim   *limiter
}

func (r *rest) spot() *gobinance.Client {
	c := gobinance.NewClient(r.key, r.secret)
	c.BaseURL = r.spotURL
	c.HTTPClient = r.spotHTTP
	c.TimeOffset = r.spotOff.Load()
	return c
}

func (r *rest) fut() *futures.Client {
	c := futures.NewClient(r.key, r.secret)
	c.BaseURL = r.futURL
	c.HTTPClient = r.futHTTP
	c.TimeOffset = r.futOff.Load()
	return c
}

// syncTime measures the offset to the venue's clock after a -1021.
func (r *rest) syncTime(ctx context.Context, fut bool) error {
	var server int64
	var err error
	if fut {
		server, err = r.fut().NewServerTimeService().Do(ctx)
	} else {
		server, err = r.spot().NewServerTimeService().Do(ctx)
	}
	if err != nil {
		return fmt.Errorf("server time: %w", err)
	}
	off := time.Now().UnixMilli() - server
	if fut {
		r.futOff.Store(off)
	} else {
		r.spotOff.Store(off)
	}
	return nil
}

// apiError extracts the Binance error code of a failed call.
func apiError(err error) (*common.APIError, bool) {
	var e *common.APIError
	if errors.As(err, &e) {
		return e, true
	}
	return nil, false
}

func apiCode(err error) int64 {
	if e, ok := apiError(err); ok {
		return e.Code
	}
	return 0
}

// outcomeUnknown reports whether a failed request may still have been
// executed: a timeout, a broken connection, a 5xx or Binance's -1007.
func outcomeUnknown(err error) bool {
	if err == nil || errors.Is(err, ErrBanned) || errors.Is(err, ErrThrottled) {
		return false
	}
	if e, ok := apiError(err); ok {
		switch e.Code {
		case codeUnknown, codeDisconnected, codeUnexpectedResp, codeTimeout:
			return true
		}
		return !e.IsValid() && len(e.Response) > 0 // an HTML 5xx page
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	return !errors.Is(err, context.Canceled)
}

// classify wraps a venue rejection with the matching sentinel.
func classify(err error) error {
	e, ok := apiError(err)
	if !ok {
		return err
	}
	msg := strings.ToLower(e.Message)
	switch {
	case e.Code == codeNewRejected && strings.Contains(msg, "insufficient"), e.Code == codeMarginShort:
		return fmt.Errorf("%w: %w", venues.ErrInsufficientFunds, err)
	case e.Code == codeNewRejected, e.Code == codeFilter, e.Code == codeReduceOnly, e.Code == codePostOnly,
		e.Code <= -1100 && e.Code >= -1199, // request parameters
		e.Code <= -4000 && e.Code >= -4999: // futures order parameters
		return fmt.Errorf("%w: %w", venues.ErrRejected, err)
	case e.Code == codeCancelRejected || e.Code == codeNoSuchOrder:
		return fmt.Errorf("%w: %w", ErrUnknownOrder, err)
	}
	return err
}

func isDuplicate(err error) bool {
	e, ok := apiError(err)
	return ok && e.Code == codeNewRejected && strings.Contains(strings.ToLower(e.Message), "duplicate")
}

func isUnknownOrder(err error) bool {
	c := apiCode(err)
	return c == codeNoSuchOrder || c == codeCancelRejected
}

// call runs an idempotent REST call (each request bounded by the
// transport's timeout), resyncing the clock after -1021 and retrying after
// a 429 (the limiter waits out Retry-After) or a failure of unknown
// outcome, a few times.
func (r *rest) call(ctx context.Context, fut bool, f func(ctx context.Context) error) error {
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		err = f(ctx)
		if err == nil || ctx.Err() != nil {
			return err
		}
		switch code := apiCode(err); {
		case code == codeTimestamp:
			if serr := r.syncTime(ctx, fut); serr != nil {
				return fmt.Errorf("%w (then %w)", err, serr)
			}
		case code == codeTooManyRequests, code == codeTooManyOrders:
			// The limiter waits out Retry-After (or fails with ErrBanned).
		case outcomeUnknown(err):
			if !sleep(ctx, time.Duration(attempt+1)*50*time.Millisecond) {
				return err
			}
		default:
			return err
		}
	}
	return err
}

// sleep waits d or until ctx ends; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
