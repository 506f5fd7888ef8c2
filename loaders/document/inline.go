package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inline removes markup inside the body unit b[s:e] by overwriting it with
// spaces (see the package documentation). Every scan is bounded, so the
// cost is linear in e-s.
func (p *parser) inline(s, e int) {
	b := p.b
	// list, quote and heading markers at the start of each line
	for ls := s; ls < e; {
		k := ls
		for k < e && b[k] == ' ' {
			k++
		}
		if n := lineMarker(b[k:e]); n > 0 {
			p.blank(k, k+n, rMarkup)
		}
		nl := bytes.IndexByte(b[ls:e], '\n')
		if nl < 0 {
			break
		}
		ls += nl + 1
	}
	for i := s; i < e; i++ {
		switch c := b[i]; c {
		case '<':
			i = p.angle(i, e)
		case '!':
			if i+1 < e && b[i+1] == '[' {
				if end, _, ok := mdLink(b, i+1, e); ok {
					p.blank(i, end, rImage)
					i = end - 1
				}
			}
		case '[':
			i = p.link(i, e)
		case 'h', 'H', 'w', 'W':
			if i == s || b[i-1] == ' ' || b[i-1] == '\n' || b[i-1] == '(' || b[i-1] == '"' {
				i = p.bareURL(i, s, e)
			}
		case '&':
			p.entity(i, e)
		}
	}
	p.emphasis(s, e)
}

// lineMarker: the length of a list, quote or heading marker and its space.
func lineMarker(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	switch b[0] {
	case '#':
		n := 0
		for n < len(b) && b[n] == '#' {
			n++
		}
		if n <= 6 && n < len(b) && b[n] == ' ' {
			return n + 1
		}
	case '>', '-', '*', '+':
		if len(b) > 1 && b[1] == ' ' {
			return 2
		}
	}
	for _, m := range []string{"• ", "· ", "– ", "— "} {
		if bytes.HasPrefix(b, []byte(m)) {
			return len(m)
		}
	}
	return 0
}

// mdLink parses [text](target) at i; it returns the end, the text bounds
// are (i+1, closeBracket).
func mdLink[T string | []byte](b T, i, e int) (end, close int, ok bool) {
	j := i + 1
	for ; j < e && j < i+500; j++ {
		if b[j] == ']' || b[j] == '[' {
			break
		}
	}
	if j >= e || b[j] != ']' || j+1 >= e || b[j+1] != '(' {
		return 0, 0, false
	}
	depth := 0
	k := j + 2
	for ; k < e && k < j+1002; k++ {
		c := b[k]
		if c == ' ' || c == '\n' {
			return 0, 0, false
		}
		if c == '(' {
			depth++
		}
		if c == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
	}
	if k >= e || b[k] != ')' {
		return 0, 0, false
	}
	target := string(b[j+2 : k])
	if target != "" && !hasPrefixAny(strings.ToLower(target), "#", "/", "http://", "https://", "www.", "mailto:", "ftp://") && !strings.Contains(target, "://") {
		return 0, 0, false
	}
	return k + 1, j, true
}

// link: [text](target) keeps text, or drops everything for a teaser.
func (p *parser) link(i, e int) int {
	end, close, ok := mdLink(p.b, i, e)
	if !ok {
		return i
	}
	text := strings.ToLower(plainText(string(p.b[i+1 : close])))
	text = strings.TrimLeft(text, "\"'“‘ ")
	if teaser(text) != "" || hasPrefixAny(text, "watch", "listen", "related", "read ") {
		p.blank(i, end, rTeaser)
		return end - 1
	}
	p.blank(i, i+1, rLink)
	p.blank(close, end, rLink)
	return close
}

// angle: <http://…> links and HTML tags.
func (p *parser) angle(i, e int) int {
	if end, ok := angleURL(p.b, i, e); ok {
		p.blank(i, end, rLink)
		return end - 1
	}
	if end := tagEnd(p.b, i, e); end > i {
		p.blank(i, end, rHTML)
		return end - 1
	}
	return i
}

// tagEnd: the end of an HTML tag at i, or i when there is none.
func tagEnd[T string | []byte](b T, i, e int) int {
	j := i + 1
	for ; j < e && j < i+300; j++ {
		if b[j] == '>' || b[j] == '<' || b[j] == '\n' {
			break
		}
	}
	if j < e && b[j] == '>' && isTag(string(b[i+1:j])) {
		return j + 1
	}
	return i
}

// angleURL: <http://…>, <www.…>, <mailto:…> at i; end is past the '>'.
func angleURL[T string | []byte](b T, i, e int) (int, bool) {
	if i+1 >= e || !hasURLPrefix(b, i+1, e) {
		return 0, false
	}
	for j := i + 1; j < e && j < i+2000; j++ {
		switch b[j] {
		case '>':
			return j + 1, true
		case '<', ' ', '\n':
			return 0, false
		}
	}
	return 0, false
}

func hasURLPrefix[T string | []byte](b T, i, e int) bool {
	n := min(e-i, 8)
	pre := strings.ToLower(string(b[i : i+n]))
	return strings.HasPrefix(pre, "http://") || strings.HasPrefix(pre, "https://") ||
		strings.HasPrefix(pre, "www.") || strings.HasPrefix(pre, "mailto:")
}

// urlEnd: the end of a bare URL starting at i (without trailing
// punctuation), or i when there is none.
func urlEnd[T string | []byte](b T, i, e int) int {
	if !hasURLPrefix(b, i, e) {
		return i
	}
	j := i
	for j < e && b[j] != ' ' && b[j] != '\n' && b[j] != '<' && b[j] != '>' {
		j++
	}
	for j > i && strings.IndexByte(".,;:!?)\"'", b[j-1]) >= 0 {
		j--
	}
	for j > i { // closing curly quotes
		r, n := utf8.DecodeLastRuneInString(string(b[max(i, j-3):j]))
		if r != '”' && r != '’' {
			break
		}
		j -= n
	}
	if j-i < 8 {
		return i
	}
	return j
}

func isTag(s string) bool {
	s = strings.TrimPrefix(s, "/")
	s = strings.TrimSuffix(s, "/")
	if s == "" {
		return false
	}
	name := s
	if k := strings.IndexByte(s, ' '); k >= 0 {
		name = s[:k]
		if !strings.Contains(s[k:], "=") {
			return false
		}
	}
	if len(name) > 12 {
		return false
	}
	for k, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || k > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// bareURL removes http://… and www.… words (with surrounding parentheses).
func (p *parser) bareURL(i, s, e int) int {
	b := p.b
	j := urlEnd(b, i, e)
	if j == i {
		return i
	}
	from, to := i, j
	if i > s && b[i-1] == '(' && j < e && b[j] == ')' {
		from, to = i-1, j+1
	}
	p.blank(from, to, rURL)
	return to - 1
}

var entities = map[string]string{
	"&nbsp;": " ", "&amp;": "&", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&lt;": "<",
	"&gt;": ">", "&rsquo;": "’", "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”",
	"&mdash;": "—", "&ndash;": "–", "&hellip;": "…", "&#8217;": "’", "&#8216;": "‘",
	"&#8220;": "“", "&#8221;": "”", "&#8212;": "—", "&#8211;": "–", "&#x27;": "'",
	"&#34;": "\"", "&#038;": "&", "&#38;": "&",
}

// entity decodes a few HTML entities in place: the character goes where the
// '&' was and the rest of the entity becomes spaces. The entity's extent is
// remembered so that a paragraph never ends inside one.
func (p *parser) entity(i, e int) {
	b := p.b
	j := i + 1
	for j < e && j < i+9 && b[j] != ';' && b[j] != ' ' {
		j++
	}
	if j >= e || b[j] != ';' {
		return
	}
	rep, ok := entities[strings.ToLower(string(b[i:j+1]))]
	if !ok {
		return
	}
	for k := i; k <= j; k++ {
		b[k] = ' '
	}
	copy(b[i:], rep)
	if p.entEnd == nil {
		p.entEnd = map[int]int{}
	}
	p.entEnd[i] = j + 1
}

type delim struct{ a, z int }

// emphasis removes markdown emphasis: runs of * or _ that open (left-
// flanking) and close (right-flanking) as in CommonMark, matched pairwise;
// unmatched runs at the very start or end of the paragraph are removed too
// (emphasis spanning paragraphs). Runs inside a word ("f***", snake_case)
// are left alone.
func (p *parser) emphasis(s, e int) {
	b := p.b
	var stacks [2][]delim
	var loose []delim
	for i := s; i < e; {
		c := b[i]
		if c != '*' && c != '_' {
			i++
			continue
		}
		z := i
		for z < e && b[z] == c {
			z++
		}
		prev, next := ' ', ' '
		if i > s {
			prev, _ = utf8.DecodeLastRune(b[s:i])
		}
		if z < e {
			next, _ = utf8.DecodeRune(b[z:e])
		}
		ps, ns := unicode.IsSpace(prev), unicode.IsSpace(next)
		pp, np := isPunct(prev), isPunct(next)
		left := !ns && (!np || ps || pp)
		right := !ps && (!pp || ns || np)
		var open, closeRun bool
		if c == '_' {
			open = left && (!right || pp)
			closeRun = right && (!left || np)
		} else {
			intraword := left && right && isAlnum(prev) && isAlnum(next)
			open = left && !intraword
			closeRun = right && !intraword
		}
		k := 0
		if c == '_' {
			k = 1
		}
		switch {
		case closeRun && len(stacks[k]) > 0:
			o := stacks[k][len(stacks[k])-1]
			stacks[k] = stacks[k][:len(stacks[k])-1]
			p.blank(o.a, o.z, rMarkup)
			p.blank(i, z, rMarkup)
		case open:
			stacks[k] = append(stacks[k], delim{i, z})
		default:
			loose = append(loose, delim{i, z})
		}
		i = z
	}
	loose = append(loose, stacks[0]...)
	loose = append(loose, stacks[1]...)
	if len(loose) == 0 {
		return
	}
	fs, fe := p.trim(s, e)
	for _, d := range loose {
		if d.a == fs || d.z == fe {
			p.blank(d.a, d.z, rMarkup)
		}
	}
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
