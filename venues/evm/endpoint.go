package evm

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Endpoint is one JSON-RPC node of a chain. URLs may carry API keys in their path or
// query: logs and errors name an endpoint by Name, or by its URL with path, query and
// user info redacted (see RedactURL), never by the full URL.
type Endpoint struct {
	// Name labels the endpoint in logs; empty: the redacted HTTP (or WS) URL.
	Name string
	// HTTP is the http(s):// URL for calls. Empty: calls go over WS.
	HTTP string
	// WS is the ws(s):// URL for subscriptions (new heads). Empty: no subscriptions
	// from this endpoint (the watcher and the sender fall back to polling).
	WS string
	// Dial, if set, replaces dialing the URLs: the returned client serves both calls
	// and subscriptions (an in-process node, a test). Errors are treated like a dial
	// failure of a URL.
	Dial func(ctx context.Context) (*rpc.Client, error)
}

// RedactURL returns scheme://host[:port] of a URL, with "/***" standing for any path
// or query and without user info, so that it can be logged without leaking API keys.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "<unparsable url>"
	}
	out := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		out += "/***"
	}
	return out
}

// endpoint is an Endpoint's connection and health. Fields after cfg are guarded by
// Client.mu, except the clients, which are set once under mu and then only read.
type endpoint struct {
	cfg     Endpoint
	name    string
	secrets []string // full URLs, scrubbed from error messages

	http *ethclient.Client // calls
	ws   *rpc.Client       // subscriptions, dialed lazily

	healthy  bool
	seen     bool // probed at least once
	verified bool // chain id checked
	head     uint64
	headTime uint64
	reason   string // why it is down, redacted
}

func newEndpoint(cfg Endpoint, i int) (*endpoint, error) {
	if cfg.HTTP == "" && cfg.WS == "" && cfg.Dial == nil {
		return nil, fmt.Errorf("endpoint %d: no HTTP, WS or Dial", i)
	}
	for _, raw := range []string{cfg.HTTP, cfg.WS} {
		if raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			return nil, fmt.Errorf("endpoint %d: unparsable url %s", i, RedactURL(raw))
		}
	}
	name := cfg.Name
	switch {
	case name != "":
	case cfg.HTTP != "":
		name = RedactURL(cfg.HTTP)
	case cfg.WS != "":
		name = RedactURL(cfg.WS)
	default:
		name = fmt.Sprintf("endpoint-%d", i)
	}
	e := &endpoint{cfg: cfg, name: name}
	for _, raw := range []string{cfg.HTTP, cfg.WS} {
		if raw != "" {
			e.secrets = append(e.secrets, raw)
		}
	}
	return e, nil
}

// scrub returns err with every full URL of the endpoint replaced by its redacted
// form. The result still unwraps to err for errors.Is/As.
func (e *endpoint) scrub(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	var ue *url.Error
	if errors.As(err, &ue) {
		msg = strings.ReplaceAll(msg, ue.URL, RedactURL(ue.URL))
	}
	for _, s := range e.secrets {
		msg = strings.ReplaceAll(msg, s, RedactURL(s))
	}
	return &scrubbedError{msg: msg, err: err}
}

type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

// dialHTTP connects the call client. HTTP dialing does no network I/O; WS does.
func (e *endpoint) dialHTTP(ctx context.Context) (*ethclient.Client, error) {
	if e.cfg.Dial != nil {
		c, err := e.cfg.Dial(ctx)
		if err != nil {
			return nil, e.scrub(err)
		}
		return ethclient.NewClient(c), nil
	}
	raw := e.cfg.HTTP
	if raw == "" {
		raw = e.cfg.WS
	}
	c, err := rpc.DialContext(ctx, raw)
	if err != nil {
		return nil, e.scrub(err)
	}
	return ethclient.NewClient(c), nil
}

// dialWS connects the subscription client: the call client when it already speaks
// a bidirectional transport, else a new WS connection.
func (e *endpoint) dialWS(ctx context.Context, calls *ethclient.Client) (*rpc.Client, error) {
	if e.cfg.Dial != nil || (e.cfg.HTTP == "" && e.cfg.WS != "") {
		return calls.Client(), nil
	}
	if e.cfg.WS == "" {
		return nil, errors.New("no websocket url")
	}
	c, err := rpc.DialContext(ctx, e.cfg.WS)
	if err != nil {
		return nil, e.scrub(err)
	}
	return c, nil
}
