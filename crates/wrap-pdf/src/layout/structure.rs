//! The logical structure of a document, as plain data: what a screen reader navigates.
//!
//! The builder makes one [`Node`] per heading, paragraph, list, list item, table, row,
//! cell and link, each knowing its parent, and marks every text item and link area on the
//! pages with the node it belongs to ([`Owner`]). Rules, shading, bands and handwriting
//! lines are always artifacts; footers and table header rows repeated on a later page are
//! pagination artifacts. The writer turns this into the PDF's structure tree.
//!
//! Sections nest by their heading: the title is the document's `H1`; a section heading
//! opens a `Sect` whose heading is `H2`; a part heading opens a `Sect` inside it whose
//! heading is one level deeper. A heading's level is always one more than the sections it
//! is in, so no level is ever skipped.

/// Which node of [`Structure::nodes`]: its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The document's root node.
    pub const DOCUMENT: NodeId = NodeId(0);

    /// Its index in [`Structure::nodes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Whom a piece of page content belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
    /// A structure node: the content is read as part of it.
    Node(NodeId),
    /// Repeated on a later page, not read as content: a table's header row repeated at the
    /// top of a page.
    Pagination,
    /// The page's footer (whose plan, its date, the page number): not read as content.
    Footer,
}

/// Which header cells a table header cell is the header of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The cells below it (a header row).
    Column,
    /// The cells beside it (a label in a list of labelled lines).
    Row,
}

/// What a structure node is, in the standard structure types of PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// The whole document.
    Document,
    /// A section or part: its heading and what follows it.
    Sect,
    /// A heading of the given level, from 1 (the title).
    Heading(u8),
    /// A paragraph or a line of text.
    Paragraph,
    /// A list.
    List,
    /// An item of a list.
    ListItem,
    /// A list item's bullet.
    Label,
    /// A list item's text.
    ListBody,
    /// A table.
    Table,
    /// A table row.
    Row,
    /// A header cell.
    HeaderCell(Scope),
    /// A data cell.
    Cell,
    /// A link, with what following it does ("Call Sam, 07700 900123").
    Link(String),
}

impl Role {
    /// The PDF structure type.
    pub fn tag(&self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::Heading(1) => "H1",
            Role::Heading(2) => "H2",
            Role::Heading(3) => "H3",
            Role::Heading(4) => "H4",
            Role::Heading(5) => "H5",
            Role::Heading(_) => "H6",
            Role::Paragraph => "P",
            Role::List => "L",
            Role::ListItem => "LI",
            Role::Label => "Lbl",
            Role::ListBody => "LBody",
            Role::Table => "Table",
            Role::Row => "TR",
            Role::HeaderCell(_) => "TH",
            Role::Cell => "TD",
            Role::Link(_) => "Link",
        }
    }
}

/// One element of the structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// What it is.
    pub role: Role,
    /// The node it is part of; `None` only for the document.
    pub parent: Option<NodeId>,
}

/// A document's logical structure: node 0 is the document; every other node comes after
/// its parent, and siblings are in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Structure {
    /// The nodes.
    pub nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            nodes: vec![Node {
                role: Role::Document,
                parent: None,
            }],
        }
    }
}

impl Structure {
    /// Adds a node under `parent`.
    pub(crate) fn add(&mut self, role: Role, parent: NodeId) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node {
            role,
            parent: Some(parent),
        });
        id
    }

    /// The node `id`.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.index())
    }

    /// The children of each node, in reading order.
    pub fn children(&self) -> Vec<Vec<NodeId>> {
        let mut children = vec![Vec::new(); self.nodes.len()];
        for (index, node) in self.nodes.iter().enumerate() {
            if let Some(parent) = node.parent
                && let Some(list) = children.get_mut(parent.index())
            {
                list.push(NodeId(index as u32));
            }
        }
        children
    }

    /// The tree as indented text, one node per line: for tests and for reading.
    pub fn dump(&self) -> String {
        let children = self.children();
        let mut out = String::new();
        let mut stack = vec![(NodeId::DOCUMENT, 0_usize)];
        while let Some((id, depth)) = stack.pop() {
            let Some(node) = self.node(id) else { continue };
            for _ in 0..depth {
                out.push_str("  ");
            }
            out.push_str(node.role.tag());
            match &node.role {
                Role::HeaderCell(Scope::Column) => out.push_str(" column"),
                Role::HeaderCell(Scope::Row) => out.push_str(" row"),
                Role::Link(description) => {
                    out.push(' ');
                    out.push_str(&format!("{description:?}"));
                }
                _ => {}
            }
            out.push('\n');
            for child in children[id.index()].iter().rev() {
                stack.push((*child, depth + 1));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Block, Column, Item, LayoutOptions, Text, layout};

    #[test]
    fn sections_lists_tables_and_links_become_nodes_and_bullets_come_first() {
        let blocks = [
            Block::Title {
                text: "My WRAP".into(),
                subtitle: vec!["Alex".into()],
            },
            Block::Heading("Wellness toolbox".into()),
            Block::Subheading("Tools I use".into()),
            Block::Bullets(vec!["Walk".into(), "Swim".into()]),
            Block::Heading("Crisis plan".into()),
            Block::Table {
                columns: vec![Column::new("Name", 1.0), Column::whole("Phone", 1.0)],
                rows: vec![vec![
                    "Sam".into(),
                    Text::linked("07700 900123", Some("tel:07700900123".into()))
                        .described("Call Sam, 07700 900123"),
                ]],
            },
        ];
        let laid = layout(&blocks, &LayoutOptions::default());
        insta::assert_snapshot!(laid.structure.dump(), @r#"
        Document
          H1
          P
          Sect
            H2
            Sect
              H3
              L
                LI
                  Lbl
                  LBody
                LI
                  Lbl
                  LBody
          Sect
            H2
            Table
              TR
                TH column
                TH column
              TR
                TD
                TD
                  Link "Call Sam, 07700 900123"
        "#);
        // Each bullet is written just before its entry, and both belong to their item.
        let texts: Vec<(&str, Owner)> = laid.pages[0]
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, owner, .. } => Some((text.as_str(), *owner)),
                _ => None,
            })
            .collect();
        let walk = texts.iter().position(|(t, _)| *t == "Walk").expect("Walk");
        assert_eq!(texts[walk - 1].0, "•");
        let parent = |owner: Owner| match owner {
            Owner::Node(id) => laid.structure.node(id).and_then(|n| n.parent),
            Owner::Pagination | Owner::Footer => None,
        };
        assert_eq!(parent(texts[walk - 1].1), parent(texts[walk].1));
        // The footer is not read.
        let last = texts.last().expect("a footer");
        assert_eq!(last.1, Owner::Footer);
    }
}
