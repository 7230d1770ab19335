package binance

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// Options configure a Client. Zero values take the defaults noted.
type Options struct {
	// Venue names the venue in events ("binance"); futures events use
	// Venue + "-usdm".
	Venue string
	// BaseURL is the spot REST base ("https://api.binance.com");
	// FuturesBaseURL the USD-M REST base ("https://fapi.binance.com").
	BaseURL, FuturesBaseURL string
	// APIKey and SecretKey sign requests. They never appear in logs or
	// errors. Without them only market data works.
	APIKey, SecretKey string
	// Symbols and FuturesSymbols get a local order book each.
	Symbols        []string
	FuturesSymbols []string
	// Depth is how many levels a BookUpdate carries (default 20).
	Depth int
	// SnapshotDepth is the REST snapshot's limit (default 1000).
	SnapshotDepth int
	// StaleAfter is how long a diff stream may stay silent (default 10s).
	// Then the book is checked against a small REST snapshot: if the
	// exchange's book has not moved past it, the market is just quiet and
	// the book stays usable; if it has and nothing arrives within another
	// StaleAfter/2, or it cannot be checked, the stream is stalled: the
	// book is marked stale, the stream reconnected and the book resynced.
	StaleAfter time.Duration
	// ReconnectMin and ReconnectMax bound the exponential reconnect backoff
	// (defaults 250ms and 30s); each wait is jittered.
	ReconnectMin, ReconnectMax time.Duration
	// WeightLimit is the spot request weight per minute (default 6000);
	// FuturesWeightLimit the futures one (default 2400). Requests wait
	// (or fail with ErrThrottled) before the last 10% is used.
	WeightLimit, FuturesWeightLimit int
	// OrderLimit10s and OrderLimitDay cap new orders (defaults 100 and
	// 200000), read from X-MBX-ORDER-COUNT-10S and -1D.
	OrderLimit10s, OrderLimitDay int
	// ListenKeyKeepalive is how often the listenKey is kept alive (default
	// 30m).
	ListenKeyKeepalive time.Duration
	// RequestTimeout bounds one REST request (default 10s); a timed-out
	// order placement is resolved by querying the order.
	RequestTimeout time.Duration
	// ClientIDPrefix prefixes generated client order ids (default "nv").
	ClientIDPrefix string
	// HTTPClient carries REST requests (default: a new client on
	// http.DefaultTransport). Its Transport is wrapped by the rate limiter.
	HTTPClient *http.Client
	// OnBook, if set, is called on a book's goroutine after every change
	// that leaves the book in sync (each applied diff event and each
	// resync), with the update id the book reflects. It must be quick and
	// must not keep book. For recording and auditing.
	OnBook func(futures bool, symbol string, updateID int64, book *Book)
	// Metrics, if set, receives every REST request's latency (op "order"
	// for placements, "rest" otherwise) and the orders placed and
	// cancelled. It must be safe for concurrent use.
	Metrics Recorder
	Log     zerolog.Logger
	// Clock is the time source for event times and rate windows (default
	// time.Now).
	Clock func() time.Time
}

// Recorder receives the connector's measurements (*ops.Metrics in cmd).
type Recorder interface {
	ObserveLatency(venue, op string, d time.Duration)
	OrderPlaced(venue string)
	OrderCancelled(venue string)
}

func (o Options) withDefaults() (Options, error) {
	if o.Venue == "" {
		o.Venue = "binance"
	}
	if o.BaseURL == "" && len(o.Symbols) > 0 {
		return o, errors.New("binance: options: BaseURL is required for spot symbols")
	}
	if o.FuturesBaseURL == "" && len(o.FuturesSymbols) > 0 {
		return o, errors.New("binance: options: FuturesBaseURL is required for futures symbols")
	}
	o.BaseURL = strings.TrimRight(o.BaseURL, "/")
	o.FuturesBaseURL = strings.TrimRight(o.FuturesBaseURL, "/")
	for _, s := range append(append([]string(nil), o.Symbols...), o.FuturesSymbols...) {
		if s == "" || strings.ToUpper(s) != s {
			return o, fmt.Errorf("binance: options: symbol %q must be upper case", s)
		}
	}
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	defd := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Depth, 20)
	def(&o.SnapshotDepth, 1000)
	def(&o.WeightLimit, 6000)
	def(&o.FuturesWeightLimit, 2400)
	def(&o.OrderLimit10s, 100)
	def(&o.OrderLimitDay, 200000)
	defd(&o.StaleAfter, 10*time.Second)
	defd(&o.ReconnectMin, 250*time.Millisecond)
	defd(&o.ReconnectMax, 30*time.Second)
	defd(&o.ListenKeyKeepalive, 30*time.Minute)
	defd(&o.RequestTimeout, 10*time.Second)
	if o.ReconnectMax < o.ReconnectMin {
		o.ReconnectMax = o.ReconnectMin
	}
	if o.ClientIDPrefix == "" {
		o.ClientIDPrefix = "nv"
	}
	if cleanPrefix(o.ClientIDPrefix) != o.ClientIDPrefix {
		return o, fmt.Errorf("binance: options: ClientIDPrefix %q: want 1-12 of [A-Za-z0-9]", o.ClientIDPrefix)
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	return o, nil
}

// String prints the options without the API key and secret.
func (o Options) String() string {
	redact := func(s string) string {
		if s == "" {
			return ""
		}
		return "<redacted>"
	}
	return fmt.Sprintf("binance.Options{Venue:%q BaseURL:%q FuturesBaseURL:%q APIKey:%s SecretKey:%s Symbols:%v FuturesSymbols:%v}",
		o.Venue, o.BaseURL, o.FuturesBaseURL, redact(o.APIKey), redact(o.SecretKey), o.Symbols, o.FuturesSymbols)
}
