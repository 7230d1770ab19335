package main

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	"io"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
)

// htmlInput is what the HTML report shows.
type htmlInput struct {
	Title  string
	Report *strategy.Report
	Result *backtest.Result
	Stream *backtest.Stream
}

// maxHTMLTrades bounds the trades listed in the HTML (the CSV has all).
const maxHTMLTrades = 500

var (
	colorBlue   = color.RGBA{R: 31, G: 119, B: 180, A: 255}
	colorOrange = color.RGBA{R: 255, G: 127, B: 14, A: 255}
	colorGreen  = color.RGBA{R: 44, G: 160, B: 44, A: 255}
	colorRed    = color.RGBA{R: 214, G: 39, B: 40, A: 255}
	colorGrey   = color.RGBA{R: 127, G: 127, B: 127, A: 255}
)

// writeHTMLReport writes one self-contained HTML file: the report, charts
// as inline SVG (drawn by gonum/plot) and the trades; no scripts, styles
// or fonts are loaded from anywhere.
func writeHTMLReport(w io.Writer, in htmlInput) error {
	res := in.Result
	equity, drawdown := equitySeries(res)
	charts := []struct {
		title string
		build func() (*plot.Plot, error)
	}{
		{"Equity: cumulative net PnL (USD)", func() (*plot.Plot, error) {
			return linePlot("net PnL (USD)", []namedXYs{{"net PnL", equity, colorBlue}}, true)
		}},
		{"Market price vs NAV, with our loops", func() (*plot.Plot, error) { return pricePlot(res) }},
		{"Premium of the market price over NAV (bps)", func() (*plot.Plot, error) { return premiumPlot(res) }},
		{"Drawdown from the running peak (USD)", func() (*plot.Plot, error) {
			return linePlot("drawdown (USD)", []namedXYs{{"drawdown", drawdown, colorRed}}, true)
		}},
		{"Gas spent: cumulative (USD)", func() (*plot.Plot, error) { return gasPlot(res) }},
	}
	type chartHTML struct {
		Title string
		SVG   template.HTML
	}
	var rendered []chartHTML
	for _, c := range charts {
		p, err := c.build()
		if err != nil {
			return fmt.Errorf("chart %q: %w", c.title, err)
		}
		svg, err := renderSVG(p)
		if err != nil {
			return fmt.Errorf("chart %q: %w", c.title, err)
		}
		rendered = append(rendered, chartHTML{c.title, template.HTML(svg)})
	}
	var buf bytes.Buffer
	if err := in.Report.WriteText(&buf); err != nil {
		return err
	}
	trades := res.Trades
	more := 0
	if len(trades) > maxHTMLTrades {
		more = len(trades) - maxHTMLTrades
		trades = trades[:maxHTMLTrades]
	}
	return htmlTemplate.Execute(w, map[string]any{
		"Title": in.Title, "Summary": buf.String(), "Charts": rendered, "Trades": trades, "More": more,
		"Generated": in.Report.End.Format(time.RFC3339),
	})
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"ts":  func(t time.Time) string { return t.Format("2006-01-02 15:04:05") },
	"f2":  func(x float64) string { return fmt.Sprintf("%.2f", x) },
	"usd": func(d interface{ StringFixed(int32) string }) string { return d.StringFixed(4) },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>navarb backtest: {{.Title}}</title>
<style>
body { font-family: sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
pre { background: #f6f6f6; padding: 1em; overflow-x: auto; }
figure { margin: 1.5em 0; } figcaption { font-weight: bold; margin-bottom: .3em; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 85%; } td, th { padding: 2px 6px; border-bottom: 1px solid #ddd; text-align: right; }
th { background: #eee; } td.l { text-align: left; }
</style></head><body>
<h1>navarb backtest: {{.Title}}</h1>
<pre>{{.Summary}}</pre>
{{range .Charts}}<figure><figcaption>{{.Title}}</figcaption>
{{.SVG}}
</figure>
{{end}}
<h2>Loops</h2>
<table><tr><th>plan</th><th>kind</th><th>decided</th><th>executed</th><th>status</th><th>premium bps</th><th>size</th><th>expected net</th><th>net USD</th><th>gas USD</th></tr>
{{range .Trades}}<tr><td>{{.PlanID}}</td><td class="l">{{.Kind}}</td><td>{{ts .Decided}}</td><td>{{ts .Executed}}</td><td class="l">{{.Status}} {{.Reason}}</td><td>{{f2 .PremiumBps}}</td><td>{{f2 .Size}}</td><td>{{f2 .ExpectedNetUSD}}</td><td>{{usd .NetUSD}}</td><td>{{usd .GasUSD}}</td></tr>
{{end}}</table>
{{if .More}}<p>... and {{.More}} more (all of them are in trades.csv).</p>{{end}}
</body></html>
`))

type namedXYs struct {
	name string
	xys  plotter.XYs
	col  color.Color
}

func unix(t time.Time) float64 { return float64(t.UnixNano()) / 1e9 }

// equitySeries is cumulative net PnL (a step per settlement, extended to
// the end) and the drawdown from its running peak.
func equitySeries(res *backtest.Result) (equity, drawdown plotter.XYs) {
	peak := 0.0
	add := func(t time.Time, v float64) {
		equity = append(equity, plotter.XY{X: unix(t), Y: v})
		peak = max(peak, v)
		drawdown = append(drawdown, plotter.XY{X: unix(t), Y: peak - v})
	}
	for _, p := range res.Results.Equity {
		add(p.T, p.PnLUSD.InexactFloat64())
	}
	last := 0.0
	if n := len(equity); n > 0 {
		last = equity[n-1].Y
	}
	add(res.End, last)
	return equity, drawdown
}

func newTimePlot(ylabel string) *plot.Plot {
	p := plot.New()
	p.X.Label.Text = "time (UTC)"
	p.Y.Label.Text = ylabel
	p.X.Tick.Marker = timeTicks{}
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	return p
}

func linePlot(ylabel string, lines []namedXYs, step bool) (*plot.Plot, error) {
	p := newTimePlot(ylabel)
	for _, l := range lines {
		if len(l.xys) == 0 {
			continue
		}
		ln, err := plotter.NewLine(l.xys)
		if err != nil {
			return nil, err
		}
		ln.Color = l.col
		if step {
			ln.StepStyle = plotter.PostStep
		}
		p.Add(ln)
		if len(lines) > 1 {
			p.Legend.Add(l.name, ln)
		}
	}
	return p, nil
}

func pricePlot(res *backtest.Result) (*plot.Plot, error) {
	s := res.Series
	if s == nil {
		return newTimePlot("USD per token"), nil
	}
	nav := make(plotter.XYs, len(s.T))
	price := make(plotter.XYs, len(s.T))
	for i, t := range s.T {
		nav[i] = plotter.XY{X: unix(t), Y: s.NAV[i]}
		price[i] = plotter.XY{X: unix(t), Y: s.Price[i]}
	}
	p, err := linePlot("USD per "+s.Token, []namedXYs{{"market price", price, colorOrange}, {"NAV", nav, colorBlue}}, false)
	if err != nil {
		return nil, err
	}
	return p, addTradeMarks(p, res.Trades, func(t *backtest.Trade) float64 { return t.MarketPrice })
}

func premiumPlot(res *backtest.Result) (*plot.Plot, error) {
	s := res.Series
	if s == nil {
		return newTimePlot("bps"), nil
	}
	prem := make(plotter.XYs, len(s.T))
	for i, t := range s.T {
		prem[i] = plotter.XY{X: unix(t), Y: (s.Price[i]/s.NAV[i] - 1) * 1e4}
	}
	p, err := linePlot("premium (bps)", []namedXYs{{"premium", prem, colorOrange}}, false)
	if err != nil {
		return nil, err
	}
	return p, addTradeMarks(p, res.Trades, func(t *backtest.Trade) float64 { return t.PremiumBps })
}

// addTradeMarks marks our loops at their decision time: mint_sell up,
// buy_redeem down, reverted or dropped loops grey.
func addTradeMarks(p *plot.Plot, trades []backtest.Trade, y func(*backtest.Trade) float64) error {
	groups := []struct {
		name  string
		match func(*backtest.Trade) bool
		shape draw.GlyphDrawer
		col   color.Color
	}{
		{"mint_sell", func(t *backtest.Trade) bool { return t.Kind == venues.MintSell && t.Status == venues.TxSuccess },
			draw.TriangleGlyph{}, colorGreen},
		{"buy_redeem", func(t *backtest.Trade) bool { return t.Kind == venues.BuyRedeem && t.Status == venues.TxSuccess },
			invertedTriangle{}, colorRed},
		{"reverted/dropped", func(t *backtest.Trade) bool { return t.Status != venues.TxSuccess }, draw.CrossGlyph{}, colorGrey},
	}
	for _, g := range groups {
		var xys plotter.XYs
		for i := range trades {
			if t := &trades[i]; g.match(t) {
				xys = append(xys, plotter.XY{X: unix(t.Decided), Y: y(t)})
			}
		}
		if len(xys) == 0 {
			continue
		}
		sc, err := plotter.NewScatter(xys)
		if err != nil {
			return err
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: g.col, Radius: vg.Points(3), Shape: g.shape}
		p.Add(sc)
		p.Legend.Add(g.name, sc)
	}
	return nil
}

// invertedTriangle is a downward triangle glyph.
type invertedTriangle struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (invertedTriangle) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	c.SetLineStyle(draw.LineStyle{Color: sty.Color, Width: vg.Points(0.5)})
	r := sty.Radius
	var path vg.Path
	path.Move(vg.Point{X: pt.X - r, Y: pt.Y + r})
	path.Line(vg.Point{X: pt.X + r, Y: pt.Y + r})
	path.Line(vg.Point{X: pt.X, Y: pt.Y - r})
	path.Close()
	c.SetColor(sty.Color)
	c.Fill(path)
}

func gasPlot(res *backtest.Result) (*plot.Plot, error) {
	var xys plotter.XYs
	xys = append(xys, plotter.XY{X: unix(res.Start), Y: 0})
	if s := res.Series; s != nil {
		for _, g := range s.GasSpent {
			xys = append(xys, plotter.XY{X: unix(g.T), Y: g.GasUSD.InexactFloat64()})
		}
	}
	xys = append(xys, plotter.XY{X: unix(res.End), Y: xys[len(xys)-1].Y})
	return linePlot("gas (USD)", []namedXYs{{"gas", xys, colorGrey}}, true)
}

// renderSVG draws p as an SVG element for inline use.
func renderSVG(p *plot.Plot) (string, error) {
	c := vgsvg.New(9*vg.Inch, 3.2*vg.Inch)
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", err
	}
	svg := buf.String()
	if i := strings.Index(svg, "<svg"); i > 0 {
		svg = svg[i:]
	}
	return svg, nil
}

// timeTicks marks round times (minutes, hours, days) on a Unix-seconds axis.
type timeTicks struct{}

var tickSteps = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour,
	2 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour}

// Ticks implements plot.Ticker: at most about eight labelled ticks.
func (timeTicks) Ticks(lo, hi float64) []plot.Tick {
	span := time.Duration((hi - lo) * 1e9)
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if span/s <= 8 {
			step = s
			break
		}
	}
	format := "15:04"
	if span > 24*time.Hour {
		format = "01-02 15:04"
	}
	start := time.Unix(0, int64(lo*1e9)).UTC().Truncate(step)
	var ticks []plot.Tick
	for t := start; unix(t) <= hi; t = t.Add(step) {
		if unix(t) >= lo {
			ticks = append(ticks, plot.Tick{Value: unix(t), Label: t.Format(format)})
		}
	}
	return ticks
}
