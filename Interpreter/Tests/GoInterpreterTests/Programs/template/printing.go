// print, printf, println, html, js, urlquery and the package's escaping helpers; values are
// printed as fmt.Print prints them (Stringer and error methods included).
package main

import (
	"errors"
	"fmt"
	"os"
	"text/template"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter struct{ N int }

func (c *Counter) String() string { return fmt.Sprintf("#%d", c.N) }

type Box struct {
	Temp  Celsius
	Cnt   Counter
	PCnt  *Counter
	Err   error
	Pair  [2]int
	Wait  time.Duration
	Bytes []byte
}

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	run(`{{print "a" 1 2 "b"}}|{{println "x" 3}}|{{printf "%05.1f|%x|%v" 3.14159 255 .}}`, []int{1})
	run(`{{html "<a href=\"x\">'&'</a>"}}`, nil)
	run(`{{js "it's \"q\" <b> & a=b\\"}}`, nil)
	run(`{{urlquery "a b&c=d/é"}} {{"<x>" | html}} {{html 1 2}} {{urlquery "k" 1}}`, nil)
	fmt.Println(template.HTMLEscapeString("<&>"), template.JSEscapeString("'\n"), template.URLQueryEscaper("a b", 1), template.HTMLEscaper("<", 2), template.JSEscaper(`"`))
	b := &Box{Temp: 21.5, Cnt: Counter{1}, PCnt: &Counter{2}, Err: errors.New("bad"), Pair: [2]int{3, 4}, Wait: 1500 * time.Millisecond, Bytes: []byte("hi")}
	run(`{{.Temp}} {{.Cnt}} {{.PCnt}} {{.Err}} {{.Pair}} {{.Wait}} {{.Bytes}}`, b)
	run(`{{.Cnt}}`, *b)
	run(`{{printf "%v|%s|%d" .Temp .Err .Pair}}`, b)
	run(`{{.Wait.Seconds}} {{.Wait.Milliseconds}}`, b)
	run(`{{printf "%T %T %T %T" 1 1.5 "s" true}}`, nil)
	run(`{{println}}{{print}}{{printf "plain"}}`, nil)
	run(`{{html .missing}} {{print .missing}} {{urlquery .p}} {{js .c}}`, map[string]any{"p": &Counter{5}, "c": Counter{6}})
}

// Output:
// a1 2b|x 3
// |003.1|ff|[1]
// &lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;
// it\'s \"q\" \u003Cb\u003E \u0026 a\u003Db\\
// a+b%26c%3Dd%2F%C3%A9 &lt;x&gt; 1 2 k1
// &lt;&amp;&gt; \'\u000A a+b1 &lt;2 \"
// 21.5°C #1 #2 bad [3 4] 1.5s [104 105]
// {1}
// 21.5°C|bad|[3 4]
// 1.5 1500
// int float64 string bool
// 
// plain
// &lt;no value&gt; <nil> %235 {6}
