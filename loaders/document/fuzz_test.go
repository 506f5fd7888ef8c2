package document

import (
	"testing"

	"github.com/kg-project/kg/loaders/source"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte("Title of a story here\n\n21/12/2015\n\nBy Jane Roe\n\nMOSCOW (Reuters) - Text *with* [a link](#) and <http://x.y>.\n"))
	f.Add([]byte("56785aabc46188977d8b457aKABUL: (MEP) Russia and France agreed.\n\nAuthor\n\nExit mobile version"))
	f.Add([]byte("&quot;Hi&quot; she said **bold _x_** ![i](http://a) <p>t</p>\r\n- item\n> quote"))
	f.Add([]byte("caf\xe9 \xff\xfe"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Parse(source.Source{ID: "fuzz", Raw: raw})
		if err != nil {
			return
		}
		checkInvariants(t, d)
	})
}
