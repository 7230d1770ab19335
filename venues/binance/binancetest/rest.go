package binancetest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// security is an endpoint's security type.
type security int

const (
	secNone security = iota
	secAPIKey
	secSigned
)

// endpoint describes one REST route.
type endpoint struct {
	futures bool
	sec     security
	weight  func(p url.Values) int
	order   bool // a new order: counted, and RejectNextOrder applies
	h       func(rq *request) (any, *apiError)
}

// request is what a handler sees. Handlers run with x.mu held.
type request struct {
	p   url.Values
	now time.Time
	ms  int64
}

func weight(n int) func(url.Values) int { return func(url.Values) int { return n } }

// routes builds the HTTP handler.
func (x *Exchange) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ws/", x.serveWS(false, false))
	mux.HandleFunc("GET /stream", x.serveWS(false, true))
	mux.HandleFunc("GET /fws/", x.serveWS(true, false))
	mux.HandleFunc("GET /fstream", x.serveWS(true, true))
	for pattern, ep := range x.spotEndpoints() {
		mux.Handle(pattern, x.wrap(ep))
	}
	for pattern, ep := range x.futuresEndpoints() {
		ep.futures = true
		mux.Handle(pattern, x.wrap(ep))
	}
	return mux
}

// wrap applies counting, injected failures, weight, security and order
// limits around a handler, then writes its JSON.
func (x *Exchange) wrap(ep endpoint) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			writeError(w, badRequest(-1100, "unreadable body"))
			return
		}
		p, perr := params(r.URL.RawQuery, string(body))
		x.mu.Lock()
		resp, aerr := x.serve(w, r, ep, p, perr, string(body))
		x.mu.Unlock()
		if aerr != nil {
			writeError(w, aerr)
			return
		}
		w.Header().Set("Content-Type", "application/json;charset=UTF-8")
		json.NewEncoder(w).Encode(resp) //nolint:errcheck // client gone
	})
}

// serve runs the request with x.mu held.
func (x *Exchange) serve(w http.ResponseWriter, r *http.Request, ep endpoint, p url.Values, perr error, body string) (any, *apiError) {
	path := r.URL.Path
	x.requests[path]++
	if f, ok := x.faults.failNext[path]; ok {
		delete(x.faults.failNext, path)
		return nil, &apiError{status: f.Status, code: f.Code, msg: f.Msg, retryAfter: f.RetryAfter}
	}
	now := x.now()
	lim := x.limits[0]
	if ep.futures {
		lim = x.limits[1]
	}
	used, aerr := lim.admit(now, ep.weight(p), x.o.BanAfter, x.o.BanDuration)
	usedStr := strconv.Itoa(used)
	w.Header().Set("X-MBX-USED-WEIGHT-1M", usedStr)
	if !ep.futures {
		w.Header().Set("X-MBX-USED-WEIGHT", usedStr)
	}
	if aerr != nil {
		return nil, aerr
	}
	if perr != nil {
		return nil, badRequest(-1100, "Illegal characters found in a parameter.")
	}
	if aerr := x.authenticate(r, ep.sec, p, body, now); aerr != nil {
		return nil, aerr
	}
	if ep.order {
		if rej := x.faults.rejectNext; rej != nil {
			x.faults.rejectNext = nil
			return nil, rej
		}
		aerr := lim.order(now)
		w.Header().Set("X-MBX-ORDER-COUNT-10S", strconv.Itoa(lim.orders10s))
		if ep.futures {
			w.Header().Set("X-MBX-ORDER-COUNT-1M", strconv.Itoa(lim.ordersMin))
		} else {
			w.Header().Set("X-MBX-ORDER-COUNT-1D", strconv.Itoa(lim.orders1d))
		}
		if aerr != nil {
			return nil, aerr
		}
	}
	return ep.h(&request{p: p, now: now, ms: now.UnixMilli()})
}

// params merges the query string and the form body; the query wins.
func params(query, body string) (url.Values, error) {
	p, err := url.ParseQuery(query)
	if err != nil {
		return nil, err
	}
	if body != "" {
		b, err := url.ParseQuery(body)
		if err != nil {
			return nil, err
		}
		for k, v := range b {
			if _, ok := p[k]; !ok {
				p[k] = v
			}
		}
	}
	return p, nil
}

// authenticate checks the API key, and for signed endpoints the signature
// and the timestamp against recvWindow.
func (x *Exchange) authenticate(r *http.Request, sec security, p url.Values, body string, now time.Time) *apiError {
	if sec == secNone {
		return nil
	}
	key := r.Header.Get("X-MBX-APIKEY")
	if key == "" {
		return &apiError{status: http.StatusUnauthorized, code: -2014, msg: "API-key format invalid."}
	}
	if key != x.o.APIKey {
		return &apiError{status: http.StatusUnauthorized, code: -2015, msg: "Invalid API-key, IP, or permissions for action."}
	}
	if sec != secSigned {
		return nil
	}
	sig := p.Get("signature")
	if sig == "" {
		return mandatory("signature")
	}
	mac := hmac.New(sha256.New, []byte(x.o.SecretKey))
	mac.Write([]byte(unsignedQuery(r.URL.RawQuery) + body))
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(strings.ToLower(sig)), []byte(want)) {
		return badRequest(-1022, "Signature for this request is not valid.")
	}
	ts, err := strconv.ParseInt(p.Get("timestamp"), 10, 64)
	if err != nil {
		return mandatory("timestamp")
	}
	window := int64(5000)
	if s := p.Get("recvWindow"); s != "" {
		if window, err = strconv.ParseInt(s, 10, 64); err != nil || window <= 0 {
			return badRequest(-1100, "Illegal characters found in parameter 'recvWindow'.")
		}
		if max := x.o.MaxRecvWindow.Milliseconds(); window > max {
			return badRequest(-1131, "recvWindow must be less than "+strconv.FormatInt(max, 10)+".")
		}
	}
	server := now.UnixMilli()
	if ts >= server+1000 {
		return badRequest(-1021, "Timestamp for this request was 1000ms ahead of the server's time.")
	}
	if server-ts > window {
		return badRequest(-1021, "Timestamp for this request is outside of the recvWindow.")
	}
	return nil
}

// unsignedQuery is the raw query string without its signature parameter,
// exactly as the client signed it.
func unsignedQuery(raw string) string {
	parts := strings.Split(raw, "&")
	kept := parts[:0]
	for _, s := range parts {
		if !strings.HasPrefix(s, "signature=") {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, "&")
}

func writeError(w http.ResponseWriter, e *apiError) {
	if e.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(e.retryAfter.Seconds()))))
	}
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	status := e.status
	if status == 0 {
		status = http.StatusBadRequest
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(struct { //nolint:errcheck // client gone
		Code int    `json:"code"`
		Msg  string `json:"msg"`
	}{e.code, e.msg})
}
